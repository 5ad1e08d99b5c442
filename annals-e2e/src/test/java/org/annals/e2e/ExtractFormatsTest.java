package org.annals.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.annals.e2e.Fixtures.BODY_ONE;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code ./annals extract} on inputs of every format it reads. */
class ExtractFormatsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static JsonNode only(AnnalsProcess run) throws IOException {
        assertThat(run.lines()).as("stdout of %s / stderr %s", run.out(), run.err()).hasSize(1);
        return JSON.readTree(run.lines().get(0));
    }

    @Test
    void plainTextPage() throws IOException {
        Path page = Fixtures.write(dir, "page.txt", Fixtures.textPage("Harbour bridge reopens", BODY_ONE));
        assertThat(only(AnnalsProcess.run("extract", page.toString())).get("text").asText()).contains(BODY_ONE);
    }

    @Test
    void htmlPage() throws IOException {
        Path page = Fixtures.write(dir, "page.html", Fixtures.htmlPage("Harbour bridge reopens", BODY_ONE));
        assertThat(only(AnnalsProcess.run("extract", page.toString())).get("text").asText()).contains(BODY_ONE);
    }

    @Test
    void gzippedHtmlPage() throws IOException {
        Path page = Fixtures.write(dir, "page.html.gz",
                Fixtures.gzip(Fixtures.htmlPage("Harbour bridge reopens", BODY_ONE).getBytes(StandardCharsets.UTF_8)));
        assertThat(only(AnnalsProcess.run("extract", page.toString())).get("source").get("format").asText())
                .isEqualTo("html");
    }

    @Test
    void htmlDetectedFromContentWhateverTheName() throws IOException {
        Path page = Fixtures.write(dir, "saved-page.dat", Fixtures.htmlPage("Harbour bridge reopens", BODY_ONE));
        assertThat(only(AnnalsProcess.run("extract", page.toString())).get("source").get("format").asText())
                .isEqualTo("html");
    }

    private Path warc() throws IOException {
        ByteArrayOutputStream warc = new ByteArrayOutputStream();
        warc.write(Fixtures.warcRecord("warcinfo", null, "application/warc-fields", "software: test\r\n"));
        warc.write(Fixtures.warcRecord("request", "https://news.example.org/a", "application/http; msgtype=request",
                "GET /a HTTP/1.1\r\nHost: news.example.org\r\n\r\n"));
        warc.write(Fixtures.warcRecord("response", "https://news.example.org/a", "application/http; msgtype=response",
                Fixtures.httpResponse(Fixtures.htmlPage("Harbour bridge reopens", BODY_ONE))));
        warc.write(Fixtures.warcRecord("metadata", "https://news.example.org/a", "application/warc-fields",
                "outlink: https://news.example.org/b\r\n"));
        warc.write(Fixtures.warcRecord("response", "https://news.example.org/b", "application/http; msgtype=response",
                Fixtures.httpResponse(Fixtures.htmlPage("Quay works planned", Fixtures.BODY_TWO))));
        return Fixtures.write(dir, "crawl.warc.gz", warc.toByteArray());
    }

    @Test
    void warcGivesOneArticlePerResponseRecord() throws IOException {
        assertThat(AnnalsProcess.run("extract", warc().toString()).lines()).hasSize(2);
    }

    @Test
    void warcArticleCarriesTargetUriAndFetchTime() throws IOException {
        JsonNode first = JSON.readTree(AnnalsProcess.run("extract", warc().toString()).lines().get(0));
        assertThat(first.get("source").toString())
                .isEqualTo("{\"uri\":\"https://news.example.org/a\",\"format\":\"warc\",\"fetched\":\"2024-03-04T10:15:00Z\"}");
    }

    @Test
    void warcArticlesAreNumberedByRecord() throws IOException {
        List<String> lines = AnnalsProcess.run("extract", warc().toString()).lines();
        assertThat(JSON.readTree(lines.get(1)).get("id").asText()).matches("[0-9a-f]{64}#5");
    }

    @Test
    void jsonLinesWithHtmlTextAndUrls() throws IOException {
        String html = Fixtures.htmlPage("Harbour bridge reopens", BODY_ONE).replace("\"", "\\\"");
        Path file = Fixtures.write(dir, "pages.jsonl",
                "{\"url\": \"https://news.example.org/a\", \"html\": \"" + html + "\"}\n"
                        + "{\"text\": \"" + BODY_ONE + "\", \"title\": \"Bridge reopens\", \"published\": \"2024-03-04\"}\n");
        List<String> lines = AnnalsProcess.run("extract", file.toString()).lines();
        assertThat(JSON.readTree(lines.get(1)).get("source").get("uri").asText()).endsWith("pages.jsonl#2");
    }

    @Test
    void jsonLinesTextIsTakenAsTheCleanBody() throws IOException {
        Path file = Fixtures.write(dir, "pages.jsonl",
                "{\"text\": \"" + BODY_ONE + "\", \"title\": \"Bridge reopens\", \"published\": \"2024-03-04\"}\n");
        assertThat(only(AnnalsProcess.run("extract", file.toString())).get("text").asText()).isEqualTo(BODY_ONE);
    }

    @Test
    void rssFeedGivesOneArticlePerItem() throws IOException {
        Path feed = Fixtures.write(dir, "feed.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Harbour Times</title><link>https://news.example.org/</link>
                <description>Local news</description>
                <item><title>Harbour bridge reopens</title><link>https://news.example.org/a</link>
                <pubDate>Mon, 04 Mar 2024 09:30:00 GMT</pubDate>
                <description>&lt;p&gt;%s&lt;/p&gt;</description></item>
                <item><title>Quay works planned</title><link>https://news.example.org/b</link>
                <pubDate>Tue, 05 Mar 2024 09:30:00 GMT</pubDate>
                <description>&lt;p&gt;%s&lt;/p&gt;</description></item>
                </channel></rss>
                """.formatted(BODY_ONE, Fixtures.BODY_TWO));
        List<String> lines = AnnalsProcess.run("extract", feed.toString()).lines();
        assertThat(JSON.readTree(lines.get(1)).get("title").asText()).isEqualTo("Quay works planned");
    }

    @Test
    void atomFeed() throws IOException {
        Path feed = Fixtures.write(dir, "feed.atom", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Times</title>
                <id>urn:example:feed</id><updated>2024-03-04T09:30:00Z</updated>
                <entry><title>Harbour bridge reopens</title><id>urn:example:a</id>
                <link href="https://news.example.org/a"/><updated>2024-03-04T09:30:00Z</updated>
                <content type="html">&lt;p&gt;%s&lt;/p&gt;</content></entry></feed>
                """.formatted(BODY_ONE));
        assertThat(only(AnnalsProcess.run("extract", feed.toString())).get("source").get("format").asText())
                .isEqualTo("feed");
    }

    @Test
    void directoryIsReadRecursively() throws IOException {
        Path sub = dir.resolve("a/b");
        java.nio.file.Files.createDirectories(sub);
        Fixtures.write(sub, "one.txt", Fixtures.textPage("Harbour bridge reopens", BODY_ONE));
        Fixtures.write(dir, "two.html", Fixtures.htmlPage("Quay works planned", Fixtures.BODY_TWO));
        assertThat(AnnalsProcess.run("extract", dir.toString()).lines()).hasSize(2);
    }

    @Test
    void standardInput() throws IOException {
        AnnalsProcess run = AnnalsProcess.run(Fixtures.htmlPage("Harbour bridge reopens", BODY_ONE)
                .getBytes(StandardCharsets.UTF_8), "extract", "-");
        assertThat(only(run).get("text").asText()).contains(BODY_ONE);
    }

    @Test
    void textFormatPrintsTheCleanBody() throws IOException {
        Path page = Fixtures.write(dir, "page.html", Fixtures.htmlPage("Harbour bridge reopens", BODY_ONE));
        assertThat(AnnalsProcess.run("extract", "--format", "text", page.toString()).out()).startsWith(BODY_ONE);
    }

    @Test
    void extractLeavesTheLanguageLayersOut() throws IOException {
        Path page = Fixtures.write(dir, "page.html", Fixtures.htmlPage("Harbour bridge reopens", BODY_ONE));
        JsonNode article = only(AnnalsProcess.run("extract", page.toString()));
        assertThat(article.has("events") && article.get("events").size() > 0).isFalse();
    }
}
