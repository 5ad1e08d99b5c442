package org.annals.model;

import java.util.List;

/**
 * An article with the language layers of the contract: sentences, entities, times, quotes and
 * events, all with offsets into {@code article.text()}.
 *
 * @param article   the extracted article
 * @param sentences sentence spans in text order
 * @param entities  the named entities, each with all its mentions
 * @param times     normalised date and time expressions
 * @param quotes    direct quotes and reported speech with their speakers
 * @param events    coded events
 * @param notes     why a layer is empty or partial; empty when every layer ran in full
 */
public record AnalyzedArticle(Article article, List<Span> sentences, List<Entity> entities,
                              List<TimeExpression> times, List<Quote> quotes, List<Event> events,
                              List<AnalysisNote> notes) {
    public AnalyzedArticle {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
        notes = List.copyOf(notes);
    }

    /** An article with no language layers yet. */
    public static AnalyzedArticle of(Article article) {
        return new AnalyzedArticle(article, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** This analysis with other events. */
    public AnalyzedArticle withEvents(List<Event> newEvents) {
        return new AnalyzedArticle(article, sentences, entities, times, quotes, newEvents, notes);
    }
}
