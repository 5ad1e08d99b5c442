package org.annals.code;

import org.annals.annotate.AnnotatedText;
import org.annals.model.Dateline;
import org.annals.model.Entity;
import org.annals.model.TimeExpression;

import java.util.List;

/**
 * What the coder reads about one article: its annotated text, the entities resolved in it (with
 * mention spans), its normalised time expressions, and when and where it was published.
 *
 * @param text      sentences, tokens and named mentions of the article's text
 * @param entities  the article's entities; events name them by id
 * @param times     normalised time expressions, possibly empty
 * @param published publication time, ISO-8601 (a date or date-time), or null
 * @param dateline  the article's dateline, or null
 */
public record AnalyzedInput(AnnotatedText text, List<Entity> entities, List<TimeExpression> times,
                            String published, Dateline dateline) {
    public AnalyzedInput {
        entities = List.copyOf(entities);
        times = List.copyOf(times);
    }
}
