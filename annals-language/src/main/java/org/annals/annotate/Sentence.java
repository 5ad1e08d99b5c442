package org.annals.annotate;

import org.annals.model.Span;

/**
 * One sentence: its characters and its tokens.
 *
 * @param span       where it is in the text
 * @param firstToken index of its first token in {@link AnnotatedText#tokens()}
 * @param endToken   index just after its last token
 */
public record Sentence(Span span, int firstToken, int endToken) {
}
