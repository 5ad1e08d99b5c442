package org.annals.archive;

/**
 * An input, or a document of one, that could not be stored; kept in the {@code failures} table.
 *
 * @param input     the input as the user named it
 * @param part      the part that failed (a WARC record, a file below a directory), or the input again
 * @param articleId the id of the document that failed, or null when it was never read
 * @param message   what went wrong, in one line
 */
public record FailureRecord(String input, String part, String articleId, String message) {
}
