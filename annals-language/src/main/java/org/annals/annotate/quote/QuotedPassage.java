package org.annals.annotate.quote;

import org.annals.model.Span;

/**
 * A run of text between quotation marks, possibly over several paragraphs.
 *
 * @param content    the words inside the marks (a quote that runs over paragraphs includes the marks
 *                   that reopen each of them)
 * @param open       offset of the opening mark
 * @param close      offset of the closing mark
 * @param paragraphs how many paragraphs it spans
 */
public record QuotedPassage(Span content, int open, int close, int paragraphs) {
}
