package org.annals.annotate;

import org.annals.model.EntityType;
import org.annals.model.Span;

/**
 * A run of tokens the tagger named as one entity, e.g. "Vladimir Putin" as PERSON.
 *
 * @param span       where it is in the text
 * @param type       its class
 * @param firstToken index of its first token
 * @param endToken   index just after its last token
 */
public record NamedMention(Span span, EntityType type, int firstToken, int endToken) {
}
