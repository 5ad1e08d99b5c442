package org.annals.serve;

/** A request that cannot be answered, with the HTTP status and the message to show for it. */
public final class ApiException extends RuntimeException {
    private final int status;

    /** A failure with its HTTP status and a message safe to show to the client. */
    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status to answer with. */
    public int status() {
        return status;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, message);
    }
}
