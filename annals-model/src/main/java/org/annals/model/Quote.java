package org.annals.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Something a speaker said, as the article gives it.
 *
 * @param span     the quoted or reported content in the text (without the quotation marks)
 * @param text     that content
 * @param kind     direct (the speaker's words) or reported (the article's paraphrase)
 * @param speaker  id of the entity who said it, or null when the article does not say
 * @param cue      the word or phrase that attributes it ("said", "pointed out", "according to"), or null
 * @param cueSpan  where the cue is, or null
 */
@JsonPropertyOrder({"span", "text", "kind", "speaker", "cue", "cueSpan"})
public record Quote(Span span, String text, QuoteKind kind, String speaker, String cue, Span cueSpan) {
}
