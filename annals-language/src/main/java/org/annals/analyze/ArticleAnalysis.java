package org.annals.analyze;

import org.annals.annotate.AnnotatedText;
import org.annals.model.Article;
import org.annals.model.Entity;
import org.annals.model.Quote;
import org.annals.model.TimeExpression;

import java.time.LocalDate;
import java.util.List;

/**
 * What the stages before event coding read in an article.
 *
 * @param article   the extracted article
 * @param annotated its sentences, tokens and named mentions
 * @param entities  its resolved entities
 * @param times     its normalised time expressions
 * @param quotes    its quotes with speakers
 * @param date      the day the article reports from (dateline, else publication date), or null
 */
public record ArticleAnalysis(Article article, AnnotatedText annotated, List<Entity> entities,
                              List<TimeExpression> times, List<Quote> quotes, LocalDate date) {
    public ArticleAnalysis {
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        quotes = List.copyOf(quotes);
    }
}
