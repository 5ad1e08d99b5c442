package org.annals.resolve.eval;

import org.annals.model.Span;

/**
 * One gold mention of an entity.
 *
 * @param span where it is in the article's text
 * @param kind name, nominal or pronoun
 */
public record GoldMention(Span span, MentionKind kind) {
}
