package org.annals.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ./annals extract samples/corpus}: every article of the bundled corpus comes out. */
class SampleCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static AnnalsProcess run;
    private static List<JsonNode> articles;

    @BeforeAll
    static void extractTheSamples() {
        run = AnnalsProcess.run("extract", AnnalsProcess.ROOT.resolve("samples/corpus").toString());
        articles = run.lines().stream().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    @Test
    void everyInputIsRead() {
        assertThat(run.err()).isEmpty();
    }

    @Test
    void givesAtLeastFortyArticles() {
        assertThat(articles).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void everyArticleHasABody() {
        assertThat(articles).allMatch(a -> a.get("text").asText().length() > 500);
    }

    @Test
    void everyArticleHasATitle() {
        assertThat(articles).allMatch(a -> !a.get("title").isNull());
    }

    @Test
    void theWarcGivesItsArticlesWithTheirUrls() {
        assertThat(articles.stream().filter(a -> a.get("source").get("format").asText().equals("warc")))
                .hasSizeGreaterThanOrEqualTo(6)
                .allMatch(a -> a.get("source").get("uri").asText().startsWith("http"));
    }

    @Test
    void teasersNeverReachTheBody() {
        assertThat(articles).allMatch(a -> a.get("related").findValuesAsText("title").stream()
                .noneMatch(t -> t.length() > 30 && a.get("text").asText().contains(t)));
    }

    @Test
    void languagesAreNamed() {
        assertThat(articles.stream().map(a -> a.get("language").asText()).distinct())
                .contains("en", "fr", "de", "es", "ja", "zh");
    }
}
