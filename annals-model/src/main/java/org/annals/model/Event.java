package org.annals.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * Who did what to whom, when and where, coded in PLOVER with the CAMEO code beside it, and the
 * evidence it was read from.
 *
 * @param id         article-local id ({@code v1}, {@code v2}, …)
 * @param category   PLOVER category (CONSULT, AGREE, …) or OCCURRENCE
 * @param mode       PLOVER mode, e.g. {@code meeting}, {@code visit}, {@code call}, or null
 * @param cameo      the nearest CAMEO event code, or null
 * @param actors     entity ids of those who acted
 * @param recipients entity ids of those acted upon
 * @param place      where it happened, or null
 * @param date       ISO-8601 date as precise as known, or null
 * @param trigger    the word or phrase that names the event
 * @param sentence   the sentence it was first read from
 * @param evidence   every sentence that mentions this event, the first one included
 * @param modality   {@code asserted}, {@code future}, {@code negated} or {@code hypothetical}
 * @param confidence how sure the coder is, 0–1
 * @param rule       the lexicon entry or rule that coded it, for {@code annals explain}
 */
@JsonPropertyOrder({"id", "category", "mode", "cameo", "actors", "recipients", "place", "date", "trigger",
        "sentence", "evidence", "modality", "confidence", "rule"})
public record Event(String id, String category, String mode, String cameo, List<String> actors,
                    List<String> recipients, Place place, String date, Span trigger, Span sentence,
                    List<Span> evidence, String modality, double confidence, String rule) {
    public Event {
        actors = List.copyOf(actors);
        recipients = List.copyOf(recipients);
        evidence = List.copyOf(evidence);
    }
}
