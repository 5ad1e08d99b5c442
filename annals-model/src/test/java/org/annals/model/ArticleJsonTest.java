package org.annals.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleJsonTest {
    private static Article article(String title) {
        return new Article("abc#2", new Source("https://news.example.org/a", SourceFormat.WARC, "2024-03-04T10:15:00Z"),
                title, "2024-03-04", "4 March 2024", List.of("Ana Ruiz"), null, new Dateline("Lisbon", "2024-03-04", null),
                null, List.of(), "en", "Body.", List.of(), List.of(new Removal(RemovalReason.FOOTER, "About us")));
    }

    @Test
    void writesTheContractFieldsOnOneLine() {
        assertThat(ArticleJson.toJsonLine(article("Quay reopens"))).isEqualTo("{\"id\":\"abc#2\",\"source\":{\"uri\":"
                + "\"https://news.example.org/a\",\"format\":\"warc\",\"fetched\":\"2024-03-04T10:15:00Z\"},"
                + "\"title\":\"Quay reopens\",\"published\":\"2024-03-04\",\"publishedText\":\"4 March 2024\","
                + "\"authors\":[\"Ana Ruiz\"],\"publisher\":null,\"dateline\":{\"place\":\"Lisbon\",\"date\":\"2024-03-04\","
                + "\"agency\":null},\"section\":null,\"tags\":[],\"language\":\"en\",\"text\":\"Body.\",\"related\":[],"
                + "\"removed\":[{\"reason\":\"footer\",\"text\":\"About us\"}]}");
    }

    @Test
    void readsBackWhatItWrote() {
        Article article = article("Quay reopens");
        assertThat(ArticleJson.fromJson(ArticleJson.toJsonLine(article))).isEqualTo(article);
    }

    @Test
    void unpairedSurrogatesBecomeReplacementCharacters() {
        assertThat(ArticleJson.toJsonLine(article("Quay \uD800 reopens"))).contains("Quay \uFFFD reopens");
    }

    @Test
    void pairedSurrogatesAreKept() {
        assertThat(ArticleJson.toJsonLine(article("Quay \uD83D\uDE80 reopens"))).contains("Quay \uD83D\uDE80 reopens");
    }

    @Test
    void readsBackAnAnalysedArticle() {
        AnalyzedArticle analyzed = new AnalyzedArticle(article("Quay reopens"), List.of(new Span(0, 5)),
                List.of(new Entity("e1", "Ana Ruiz", EntityType.PERSON, "PRT", "GOV", List.of("Mayor of Lisbon"),
                        List.of(), List.of(new Span(0, 4)), null)),
                List.of(new TimeExpression(new Span(1, 3), "od", "2024-03-04", TimePrecision.DAY, "published")),
                List.of(new Quote(new Span(0, 5), "Body.", QuoteKind.DIRECT, "e1", "said", new Span(1, 2))),
                List.of(new Event("v1", "CONSULT", "meeting", "040", List.of("e1"), List.of(),
                        new Place("Lisbon", "PRT", 38.72, -9.14), "2024-03-04", new Span(0, 4), new Span(0, 5),
                        List.of(new Span(0, 5)), "asserted", 0.9, "verb:meet")),
                List.of(new AnalysisNote("all", "n")));
        assertThat(ArticleJson.analyzedFromJson(ArticleJson.toJsonLine(analyzed))).isEqualTo(analyzed);
    }

    @Test
    void writesSpansAsPairs() {
        AnalyzedArticle analyzed = new AnalyzedArticle(article("Quay reopens"), List.of(new Span(0, 5)),
                List.of(), List.of(), List.of(), List.of(), List.of());
        assertThat(ArticleJson.toJsonLine(analyzed)).contains("\"sentences\":[[0,5]]");
    }

    @Test
    void anExtractedArticleReadsAsOneWithEmptyLayers() {
        Article article = article("Quay reopens");
        assertThat(ArticleJson.analyzedFromJson(ArticleJson.toJsonLine(article))).isEqualTo(AnalyzedArticle.of(article));
    }
}
