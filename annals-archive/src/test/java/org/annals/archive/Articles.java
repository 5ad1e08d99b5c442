package org.annals.archive;

import org.annals.model.AnalyzedArticle;
import org.annals.model.Article;
import org.annals.model.Entity;
import org.annals.model.EntityType;
import org.annals.model.Event;
import org.annals.model.Place;
import org.annals.model.Quote;
import org.annals.model.QuoteKind;
import org.annals.model.Source;
import org.annals.model.SourceFormat;
import org.annals.model.Span;
import org.annals.model.TimeExpression;
import org.annals.model.TimePrecision;
import org.annals.source.PayloadKind;

import java.util.List;

/** Hand-made analysed articles for the archive's tests: every layer filled. */
final class Articles {
    static final String MEETING = "Mayor Ana Ruiz met harbour master Tomas Vidal in Lisbon on Monday. "
            + "\"The quay will reopen in spring,\" Ruiz said after the meeting.";

    private Articles() {
    }

    /** An article with one entity pair, a time, a quote and a meeting between the two. */
    static AnalyzedArticle meeting(String id, String title, String published) {
        Article article = new Article(id, new Source("https://www.harbour.example.org/news/" + id.substring(0, 6),
                SourceFormat.HTML, null), title, published, published, List.of("Lea Moreau"), "Harbour Times", null,
                "City", List.of("port"), "en", MEETING, List.of(), List.of());
        Entity ruiz = new Entity("e1", "Ana Ruiz", EntityType.PERSON, "PRT", "GOV", List.of("Mayor of Lisbon"),
                List.of(), List.of(new Span(6, 14), new Span(MEETING.indexOf("Ruiz said"), MEETING.indexOf("Ruiz said") + 4)),
                null);
        Entity vidal = new Entity("e2", "Tomas Vidal", EntityType.PERSON, "PRT", null, List.of(), List.of(),
                List.of(new Span(29, 40)), null);
        int quoteStart = MEETING.indexOf("The quay");
        return new AnalyzedArticle(article, List.of(new Span(0, 66)), List.of(ruiz, vidal),
                List.of(new TimeExpression(new Span(MEETING.indexOf("Monday"), MEETING.indexOf("Monday") + 6), "Monday",
                        published, TimePrecision.DAY, "published")),
                List.of(new Quote(new Span(quoteStart, quoteStart + 30), "The quay will reopen in spring,",
                        QuoteKind.DIRECT, "e1", "said", null)),
                List.of(new Event("v1", "CONSULT", "meeting", "040", List.of("e1"), List.of("e2"),
                        new Place("Lisbon", "PRT", 38.72, -9.14), published, new Span(15, 18), new Span(0, 66),
                        List.of(new Span(0, 66)), "asserted", 0.9, "verb:meet")),
                List.of());
    }

    /** An article with text only. */
    static AnalyzedArticle plain(String id, String title, String text, String published) {
        return AnalyzedArticle.of(new Article(id, new Source("file:///tmp/" + id, SourceFormat.TEXT, null), title,
                published, null, List.of(), null, null, null, List.of(), "en", text, List.of(), List.of()));
    }

    static ProcessedArticle processed(AnalyzedArticle a, RawStore raw) throws java.io.IOException {
        String sha = raw.put(a.article().text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new ProcessedArticle("input", sha, PayloadKind.TEXT, null, null, null, false, a);
    }
}
