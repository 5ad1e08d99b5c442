package org.annals.serve;

import org.annals.archive.ArticleProcessor;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a server runs.
 *
 * @param data         the archive folder
 * @param host         the address to bind (127.0.0.1 unless asked otherwise)
 * @param port         the port, or 0 for any free one
 * @param token        the bearer token that allows {@code POST /api/ingest}, or null to refuse ingest
 * @param processor    the pipeline run on ingested pages; required with a token
 * @param maxBodyBytes the largest request body accepted
 * @param queryTimeout how long one database query may run before it is cancelled
 */
public record ServerOptions(Path data, String host, int port, String token, ArticleProcessor processor,
                            long maxBodyBytes, Duration queryTimeout) {
    /** Default largest request body: 4 MB, enough for a few pages. */
    public static final long DEFAULT_MAX_BODY = 4L * 1024 * 1024;

    /** Default time limit of one query. */
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(10);

    public ServerOptions {
        if (token != null && (token.isBlank() || processor == null)) {
            throw new IllegalArgumentException("a token must be non-blank and comes with a processor");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** Read-only serving of {@code data} on loopback. */
    public static ServerOptions readOnly(Path data, int port) {
        return new ServerOptions(data, "127.0.0.1", port, null, null, DEFAULT_MAX_BODY, DEFAULT_QUERY_TIMEOUT);
    }

    /** Whether {@code POST /api/ingest} is enabled. */
    public boolean ingestEnabled() {
        return token != null;
    }
}
