package org.annals.source;

import org.annals.model.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.annals.source.JsonLinesSourceTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

class FeedSourceTest {
    @TempDir
    Path dir;

    @Test
    void rssItemsBecomeDocumentsWithFullContent() {
        Collected c = Collected.read(fixture("rss2-with-content-encoded.xml"));

        assertThat(c.failures).isEmpty();
        assertThat(c.documents).hasSize(2);
        SourceDocument first = c.documents.get(0);
        assertThat(first.source().format()).isEqualTo(SourceFormat.FEED);
        assertThat(first.source().uri()).isEqualTo("https://gazette.example.org/2024/05/bridge");
        assertThat(first.title()).isEqualTo("Bridge on Mill Road closes for repairs");
        assertThat(first.published()).isEqualTo("2024-05-17T06:10:00Z");
        assertThat(first.kind()).isEqualTo(PayloadKind.HTML);
        assertThat(c.payload(0)).contains("six weeks of repairs").doesNotContain("teaser");
        assertThat(c.payload(1)).isEqualTo("<p>The town library will open until nine on weekdays.</p>");
        assertThat(c.documents.get(1).published()).isEqualTo("2024-05-16T16:00:00Z");
        assertThat(c.documents.get(1).id()).endsWith("#2");
        assertThat(c.stats.skipped()).isEqualTo(1);
    }

    @Test
    void atomEntriesBecomeDocuments() {
        Collected c = Collected.read(fixture("atom-feed.xml"));

        assertThat(c.failures).isEmpty();
        assertThat(c.documents).hasSize(2);
        assertThat(c.documents.get(0).source().uri()).isEqualTo("https://herald.example.net/ferry");
        assertThat(c.documents.get(0).published()).isEqualTo("2024-06-25T09:30:00Z");
        assertThat(c.payload(0)).contains("every forty minutes");
        assertThat(c.documents.get(1).kind()).isEqualTo(PayloadKind.CLEAN_TEXT);
        assertThat(c.documents.get(1).source().uri()).isEqualTo("urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6b");
    }

    @Test
    void brokenFeedIsOneFailure() throws IOException {
        Path file = dir.resolve("broken.xml");
        Files.writeString(file, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>x</ti",
                StandardCharsets.UTF_8);

        Collected c = Collected.read(file.toString());

        assertThat(c.documents).isEmpty();
        assertThat(c.failures).singleElement().satisfies(f -> assertThat(f.problem()).startsWith("broken feed"));
    }

    @Test
    void deeplyNestedFeedIsOneFailureNotACrash() throws IOException {
        Path file = dir.resolve("deep.xml");
        String deep = "<b>".repeat(100_000) + "x" + "</b>".repeat(100_000);
        Files.writeString(file, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item>"
                + "<title>x</title><description>" + deep + "</description></item></channel></rss>", StandardCharsets.UTF_8);

        Collected c = Collected.read(file.toString());

        assertThat(c.documents).isEmpty();
        assertThat(c.failures).singleElement().satisfies(f -> assertThat(f.problem()).contains("nested"));
    }

    @Test
    void nestingDepthSkipsCommentsCdataAndSelfClosingTags() {
        byte[] xml = "<?xml version=\"1.0\"?><a><!-- <b><b> --><b/><c><![CDATA[<d><d><d>]]></c></a>"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(FeedSource.nestingDepth(xml)).isEqualTo(2);
    }

    @Test
    void doctypeWithEntitiesIsRefused() throws IOException {
        Path file = dir.resolve("entities.xml");
        Files.writeString(file, "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><rss version=\"2.0\"><channel><title>t</title>"
                + "<item><title>&b;</title><description>d</description></item></channel></rss>", StandardCharsets.UTF_8);

        Collected c = Collected.read(file.toString());

        assertThat(c.documents).isEmpty();
        assertThat(c.failures).hasSize(1);
    }
}
