package org.annals.extract;

import org.annals.model.Article;
import org.annals.model.Source;
import org.annals.model.SourceFormat;
import org.annals.source.PayloadKind;
import org.annals.source.SourceDocument;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleExtractorTest {
    private static final ArticleExtractor EXTRACTOR = ArticleExtractor.standard();

    private static final String WIRE_BODY = "<p>LISBON, March 4 (Harbour Wire) -- Fishing ministers from nine countries "
            + "agreed on Monday to share the monitoring of Atlantic stocks, ending two years of disputes over quotas "
            + "that had kept boats in port for weeks.</p><p>The agreement takes effect next season, officials said "
            + "after the talks, and will be reviewed every two years by a joint commission.</p>";

    private static Article extract(PayloadKind kind, String payload, String title, String published) {
        return EXTRACTOR.extract(new SourceDocument("id", new Source("https://news.example.org/a", SourceFormat.JSONL,
                null), kind, payload.getBytes(StandardCharsets.UTF_8), null, title, published));
    }

    private static String page(String lang, String body) {
        return "<html lang=\"" + lang + "\"><head><title>Ministers agree</title>"
                + "<meta property=\"article:published_time\" content=\"2024-03-04T18:00:00Z\"></head>"
                + "<body><article><h1>Ministers agree</h1>" + body + "</article></body></html>";
    }

    @Test
    void htmlBodyDatelineIsRead() {
        assertThat(extract(PayloadKind.HTML, page("en", WIRE_BODY), null, null).dateline().toString())
                .isEqualTo("Dateline[place=Lisbon, date=2024-03-04, agency=Harbour Wire]");
    }

    @Test
    void datelineAgencyIsThePublisherWhenThePageNamesNone() {
        assertThat(extract(PayloadKind.HTML, page("en", WIRE_BODY), null, null).publisher()).isEqualTo("Harbour Wire");
    }

    @Test
    void containerPublicationTimeIsNormalised() {
        assertThat(extract(PayloadKind.CLEAN_TEXT, "A short clean body.", "Title", "March 4, 2024").published())
                .isEqualTo("2024-03-04");
    }

    @Test
    void containerPublicationTimeIsKeptAsPrinted() {
        assertThat(extract(PayloadKind.CLEAN_TEXT, "A short clean body.", "Title", "March 4, 2024").publishedText())
                .isEqualTo("March 4, 2024");
    }

    @Test
    void containerTitleWins() {
        assertThat(extract(PayloadKind.HTML, page("en", WIRE_BODY), "Given title", null).title())
                .isEqualTo("Given title");
    }

    @Test
    void detectedLanguageWinsOverASiteWideDeclaration() {
        String spanish = "<p>Los ministros de pesca de nueve países acordaron el lunes compartir la vigilancia de las "
                + "poblaciones del Atlántico, poniendo fin a dos años de disputas sobre las cuotas que habían "
                + "mantenido los barcos en el puerto durante semanas.</p>";
        assertThat(extract(PayloadKind.HTML, page("en", spanish), null, null).language()).isEqualTo("es");
    }

    @Test
    void truncatedDocumentCarriesANote() {
        Article article = EXTRACTOR.extract(new SourceDocument("id", new Source("x", SourceFormat.HTML, null),
                PayloadKind.HTML, page("en", WIRE_BODY).getBytes(StandardCharsets.UTF_8), null, null, null, true));
        assertThat(article.removed()).anyMatch(r -> r.reason().label().equals("truncated"));
    }

    @Test
    void pageWithNoTextSaysSo() {
        Article article = extract(PayloadKind.HTML, "<html><head><title>Only a head</title></head></html>", null, null);
        assertThat(article.removed()).anyMatch(r -> r.reason().label().equals("empty"));
    }
}
