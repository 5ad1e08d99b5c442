package org.annals.analyze;

import org.annals.annotate.AnnotatedText;
import org.annals.annotate.LanguageAnnotator;
import org.annals.annotate.Sentence;
import org.annals.model.AnalysisNote;
import org.annals.model.AnalyzedArticle;
import org.annals.model.Article;
import org.annals.model.Entity;
import org.annals.model.Event;
import org.annals.model.Quote;
import org.annals.model.Span;
import org.annals.model.TimeExpression;
import org.annals.annotate.corenlp.CoreNlpAnnotator;
import org.annals.annotate.quote.QuoteAttributor;
import org.annals.annotate.time.TimeAnchor;
import org.annals.annotate.time.TimeTagger;
import org.annals.resolve.ActorKnowledge;
import org.annals.resolve.EntityResolver;
import org.annals.resolve.place.Gazetteer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an extracted article: sentences and named mentions, entities, times, quotes, then events,
 * each stage reading what the ones before it attached. Thread-safe; one instance serves all workers.
 */
public final class ArticleAnalyzer {
    /** Longer texts are analysed up to this many characters, so one page cannot stall a run. */
    public static final int MAX_ANALYZED_CHARS = 500_000;

    private final LanguageAnnotator annotator;
    private final EntityResolver resolver;
    private final TimeTagger timeTagger;
    private final QuoteAttributor quoteAttributor;
    private final EventCoder events;

    public ArticleAnalyzer(LanguageAnnotator annotator, EntityResolver resolver, TimeTagger timeTagger,
                           QuoteAttributor quoteAttributor, EventCoder events) {
        this.annotator = annotator;
        this.resolver = resolver;
        this.timeTagger = timeTagger;
        this.quoteAttributor = quoteAttributor;
        this.events = events;
    }

    /**
     * The analyzer {@code annals analyze} runs: CoreNLP's English tagger, the resolver with this
     * knowledge base and the bundled gazetteer, and this event coder.
     *
     * @throws org.annals.annotate.AnnotatorUnavailableException when the language models cannot be loaded
     */
    public static ArticleAnalyzer standard(ActorKnowledge knowledge, EventCoder events) {
        return new ArticleAnalyzer(CoreNlpAnnotator.load(), new EntityResolver(knowledge, Gazetteer.bundled()),
                new TimeTagger(), new QuoteAttributor(), events);
    }

    /** The article with its language layers, or with a note saying why they are empty. */
    public AnalyzedArticle analyze(Article article) {
        String text = article.text();
        if (text.isBlank()) {
            return withNote(article, "the article has no text to analyse");
        }
        if (article.language() == null || !annotator.reads(article.language())) {
            return withNote(article, "the language models do not read "
                    + (article.language() == null ? "text of unknown language" : "language '" + article.language() + "'")
                    + "; entities, times, quotes and events are left empty");
        }
        List<AnalysisNote> notes = new ArrayList<>();
        String analyzed = text;
        if (text.length() > MAX_ANALYZED_CHARS) {
            analyzed = text.substring(0, cutPoint(text));
            notes.add(new AnalysisNote("all", "only the first " + analyzed.length() + " of " + text.length()
                    + " characters were analysed"));
        }
        AnnotatedText annotated = annotator.annotate(analyzed);
        LocalDate date = referenceDate(article);
        List<Entity> entities = resolver.resolve(annotated, date);
        List<Span> sentences = new ArrayList<>(annotated.sentences().size());
        for (Sentence s : annotated.sentences()) {
            sentences.add(s.span());
        }
        TimeAnchor anchor = TimeAnchor.of(article.published(),
                article.dateline() == null ? null : article.dateline().date());
        List<TimeExpression> times = timeTagger.tag(analyzed, anchor, sentences);
        List<Quote> quotes = quoteAttributor.attribute(annotated, entities);
        List<Event> coded = events.code(new ArticleAnalysis(article, annotated, entities, times, quotes, date));
        return new AnalyzedArticle(article, sentences, entities, times, quotes, coded, notes);
    }

    private static AnalyzedArticle withNote(Article article, String message) {
        return new AnalyzedArticle(article, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new AnalysisNote("all", message)));
    }

    /** The last paragraph break before the limit, else the limit. */
    private static int cutPoint(String text) {
        int cut = text.lastIndexOf("\n\n", MAX_ANALYZED_CHARS);
        return cut > MAX_ANALYZED_CHARS / 2 ? cut : MAX_ANALYZED_CHARS;
    }

    /** The day the article reports from: its dateline's date when it has a year, else its publication date. */
    static LocalDate referenceDate(Article article) {
        LocalDate dateline = article.dateline() == null ? null : day(article.dateline().date());
        return dateline != null ? dateline : day(article.published());
    }

    private static LocalDate day(String iso) {
        if (iso == null || iso.length() < 10 || iso.startsWith("--")) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
