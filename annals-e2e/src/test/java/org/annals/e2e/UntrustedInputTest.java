package org.annals.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.annals.e2e.Fixtures.BODY_ONE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inputs built to attack the reader (external entities, entity bombs, lengths that lie, huge
 * lines, odd names), run through the real {@code ./annals} with a small heap.
 */
class UntrustedInputTest {
    private static final String SECRET = "local-secret-9f3a1c";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static AnnalsProcess run;

    @BeforeAll
    static void runOnEveryUntrustedInput() throws IOException {
        Path secret = Fixtures.write(dir, "secret.txt", SECRET + "\n");
        Path in = Files.createDirectory(dir.resolve("in"));
        Fixtures.write(in, "xxe.rss", "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>\n<rss version=\"2.0\"><channel><title>t</title><item><title>Leak</title>"
                + "<link>https://news.example.org/leak</link><description>Secret: &xxe; end</description></item>"
                + "</channel></rss>");
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY a0 \"lol\">\n");
        for (int i = 1; i < 10; i++) {
            bomb.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        bomb.append("]>\n<rss version=\"2.0\"><channel><title>t</title><item><title>Bomb</title>"
                + "<description>&a9;</description></item></channel></rss>");
        Fixtures.write(in, "laughs.rss", bomb.toString());
        String bigHtml = "<html><body><p>" + (BODY_ONE + " ").repeat(190_000) + "</p></body></html>";
        Fixtures.write(in, "rows.jsonl", JSON.writeValueAsString(Map.of("url", "https://news.example.org/big",
                "html", bigHtml)) + "\n" + JSON.writeValueAsString(Map.of("url", "https://news.example.org/small",
                "text", Fixtures.BODY_TWO)) + "\n");
        String page = Fixtures.htmlPage("After the liar", BODY_ONE);
        String liar = "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
                + "WARC-Date: 2024-03-04T10:15:00Z\r\nWARC-Target-URI: https://news.example.org/liar\r\n"
                + "Content-Type: text/html\r\nContent-Length: 10737418240\r\n\r\n" + page + "\r\n\r\n";
        String honest = "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:2>\r\n"
                + "WARC-Date: 2024-03-04T10:15:00Z\r\nWARC-Target-URI: https://news.example.org/honest\r\n"
                + "Content-Type: text/html\r\nContent-Length: " + page.getBytes(StandardCharsets.UTF_8).length
                + "\r\n\r\n" + page + "\r\n\r\n";
        Fixtures.write(in, "liar.warc", liar + honest);
        Fixtures.write(in, "line\nbreak.txt", new byte[0]);
        Fixtures.write(in, "zz-good.html", Fixtures.htmlPage("A good page", "The good page still comes out."));
        run = AnnalsProcess.run(Map.of("ANNALS_JAVA_OPTS", "-Xmx512m"), new byte[0], "extract", in.toString());
    }

    @Test
    void anExternalEntityNeverReadsALocalFile() {
        assertThat(run.out() + run.err()).doesNotContain(SECRET);
        assertThat(run.err()).contains("xxe.rss: ");
    }

    @Test
    void anEntityBombIsRefused() {
        assertThat(run.err()).contains("laughs.rss: ");
        assertThat(run.out()).doesNotContain("lollollol");
    }

    @Test
    void aTwentyMegabyteJsonLineGivesItsArticleCutWithANote() throws IOException {
        JsonNode big = article("https://news.example.org/big");
        assertThat(big.get("text").asText()).contains("Engineers reopened");
        assertThat(big.get("removed").findValuesAsText("reason")).contains("truncated");
        assertThat(article("https://news.example.org/small")).isNotNull();
    }

    @Test
    void aWarcRecordClaimingTenGigabytesIsReportedAndTheNextRecordStillComesOut() throws IOException {
        assertThat(run.err()).contains("liar.warc#1: ");
        assertThat(article("https://news.example.org/honest")).isNotNull();
    }

    @Test
    void everyErrorIsOneLineEvenForAFileNameWithALineBreak() {
        assertThat(run.errorLines()).allMatch(l -> l.startsWith("annals: " + dir));
        assertThat(run.err()).contains("line\\nbreak.txt: empty file");
    }

    @Test
    void theGoodPageStillComesOutAndTheStatusIsOne() {
        assertThat(run.out()).contains("The good page still comes out.");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("\tat ", "Exception in thread");
    }

    @Test
    void aClosedOutputStopsTheRunSoon() throws IOException, InterruptedException {
        Path page = Fixtures.write(dir, "long.html", Fixtures.htmlPage("Long", (BODY_ONE + " ").repeat(20_000)));
        List<String> command = new ArrayList<>(List.of(AnnalsProcess.ROOT.resolve("annals").toString(), "extract",
                "--threads", "1"));
        // The same page named 1,000 times: reading them all takes minutes, far past the bound below,
        // which is wide so a loaded machine cannot fail the test.
        command.addAll(Collections.nCopies(1000, page.toString()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (InputStream out = process.getInputStream()) {
            assertThat(out.readNBytes(300)).hasSize(300);
        }
        long closed = System.nanoTime();
        boolean ended = process.waitFor(120, TimeUnit.SECONDS);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - closed);
        process.destroyForcibly();
        assertThat(ended).isTrue();
        assertThat(seconds).isLessThan(30);
        assertThat(process.exitValue()).isEqualTo(3);
    }

    private static JsonNode article(String uri) throws IOException {
        for (String line : run.lines()) {
            JsonNode node = JSON.readTree(line);
            if (node.get("source").get("uri").asText().equals(uri)) {
                return node;
            }
        }
        return null;
    }
}
