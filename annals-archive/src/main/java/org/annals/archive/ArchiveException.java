package org.annals.archive;

/**
 * A problem with the archive folder that stops a command, with a message written for the user:
 * a foreign folder, a second writer, a full disk.
 */
public final class ArchiveException extends RuntimeException {
    public ArchiveException(String message) {
        super(message);
    }

    public ArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
