package org.annals.source;

import org.annals.model.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class JsonLinesSourceTest {
    static String fixture(String name) {
        try {
            return Path.of(JsonLinesSourceTest.class.getResource(name).toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void goodLinesBecomeDocumentsAndBadLinesFailures() {
        String file = fixture("wire.jsonl");

        Collected c = Collected.read(file);

        assertThat(c.documents).hasSize(3);
        SourceDocument html = c.documents.get(0);
        assertThat(html.id()).endsWith("#1").hasSize(64 + 2);
        assertThat(html.kind()).isEqualTo(PayloadKind.HTML);
        assertThat(html.source().uri()).isEqualTo("https://wire.example.com/1");
        assertThat(html.source().format()).isEqualTo(SourceFormat.JSONL);
        assertThat(html.title()).isEqualTo("Talks resume");
        assertThat(html.published()).isEqualTo("2024-05-17T06:10:00Z");
        SourceDocument text = c.documents.get(1);
        assertThat(text.kind()).isEqualTo(PayloadKind.CLEAN_TEXT);
        assertThat(text.id()).endsWith("#3");
        assertThat(text.source().uri()).isEqualTo(file + "#3");
        assertThat(c.payload(1)).isEqualTo("The harvest festival drew large crowds.\n\nFarmers sold apples.");
        assertThat(c.documents.get(2).id()).as("numbered by line, so bad lines shift nothing").endsWith("#7");
        assertThat(c.failures).extracting(SourceFailure::input)
                .containsExactly(file + ":4", file + ":5", file + ":6");
        assertThat(c.failures).allSatisfy(f -> assertThat(f.problem()).doesNotContain("\n"));
    }

    @Test
    void aLineWithAPageOverTheLimitIsReadAndItsPageCut(@TempDir Path dir) throws java.io.IOException {
        String body = "<p>" + "Harbour news. ".repeat(1_600_000) + "</p>";
        Path file = dir.resolve("big.jsonl");
        Files.writeString(file, "{\"url\":\"https://wire.example.com/big\",\"html\":\"" + body + "\"}\n"
                + "{\"text\":\"A short row.\"}\n");

        Collected c = Collected.read(file.toString());

        assertThat(c.failures).isEmpty();
        assertThat(c.documents).hasSize(2);
        assertThat(c.documents.get(0).truncated()).isTrue();
        assertThat(c.documents.get(0).payload()).hasSizeLessThanOrEqualTo(Sources.MAX_PAGE_BYTES);
    }
}
