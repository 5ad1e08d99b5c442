package org.annals.annotate;

import org.annals.model.EntityType;

/**
 * One token of the text.
 *
 * @param text  the token as the tokenizer normalised it (quotes and brackets may differ from the text)
 * @param start UTF-16 offset of its first character in the text
 * @param end   offset just after its last character
 * @param ner   the named-entity class the tagger gave it, or null for none
 */
public record Token(String text, int start, int end, EntityType ner) {
}
