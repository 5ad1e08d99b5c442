package org.annals.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import static org.annals.e2e.Fixtures.BODY_ONE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad inputs beside a good one in a single run: each bad one gets one line on stderr naming it (or an
 * article with a note), the good one still comes out, and the status is 1.
 */
class HostileInputTest {
    @TempDir
    static Path dir;

    private static AnnalsProcess run;

    @BeforeAll
    static void runOnEveryHostileInput() throws IOException {
        Fixtures.write(dir, "empty.txt", new byte[0]);
        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        binary[0] = (byte) 0x89;
        binary[1] = 'P';
        binary[2] = 'N';
        binary[3] = 'G';
        Fixtures.write(dir, "picture.png", binary);
        byte[] gz = Fixtures.gzip(Fixtures.htmlPage("Cut short", BODY_ONE).repeat(50).getBytes(StandardCharsets.UTF_8));
        Fixtures.write(dir, "truncated.html.gz", Arrays.copyOf(gz, gz.length / 2));
        Fixtures.write(dir, "nested.html", "<html><body>" + "<div>".repeat(100_000) + "<p>" + BODY_ONE + "</p>"
                + "</div>".repeat(100_000) + "</body></html>");
        StringBuilder huge = new StringBuilder(52 * 1024 * 1024);
        huge.append("<html><body><article>");
        while (huge.length() < 50 * 1024 * 1024) {
            huge.append("<p>").append(Fixtures.BODY_TWO).append("</p>\n");
        }
        huge.append("</article></body></html>");
        Fixtures.write(dir, "huge.html", huge.toString());
        byte[] invalid = ("<html><body><p>" + BODY_ONE + " \u00ff\u00fe broken bytes follow: ").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        bad.write(invalid);
        bad.write(new byte[]{(byte) 0xC3, (byte) 0x28, (byte) 0xE2, (byte) 0x82, ' '});
        bad.write("</p></body></html>".getBytes(StandardCharsets.UTF_8));
        Fixtures.write(dir, "invalid-utf8.html", bad.toByteArray());
        Fixtures.write(dir, "no-body.html", "<html><head><title>Only a head</title></head></html>");
        ByteArrayOutputStream warc = new ByteArrayOutputStream();
        warc.write(Fixtures.warcRecord("response", "https://news.example.org/good", "application/http; msgtype=response",
                Fixtures.httpResponse(Fixtures.htmlPage("Good record", BODY_ONE))));
        byte[] broken = Fixtures.warcRecord("response", "https://news.example.org/broken",
                "application/http; msgtype=response", Fixtures.httpResponse(Fixtures.htmlPage("Broken", BODY_ONE)));
        warc.write(broken, 0, broken.length / 2);
        Fixtures.write(dir, "broken.warc.gz", warc.toByteArray());
        Fixtures.write(dir, "zz-good.html", Fixtures.htmlPage("A good page", "The good page still comes out."));
        run = AnnalsProcess.run("extract", dir.toString());
    }

    @Test
    void statusIsOne() {
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void theGoodPageStillComesOut() {
        assertThat(run.out()).contains("The good page still comes out.");
    }

    @Test
    void noStackTraceReachesTheUser() {
        assertThat(run.err()).doesNotContain("\tat ", "Exception in thread");
    }

    @Test
    void everyErrorIsOneLineNamingItsInput() {
        assertThat(run.errorLines()).allMatch(line -> line.startsWith("annals: " + dir));
    }

    @Test
    void emptyFileIsReported() {
        assertThat(run.err()).contains("empty.txt: empty file");
    }

    @Test
    void binaryFileIsReported() {
        assertThat(run.err()).contains("picture.png: ");
    }

    @Test
    void truncatedGzipIsReported() {
        assertThat(run.err()).contains("truncated.html.gz: ");
    }

    @Test
    void deeplyNestedPageStillGivesItsText() {
        assertThat(run.lines()).anyMatch(l -> l.contains("nested.html") && l.contains("Engineers reopened"));
    }

    @Test
    void hugePageIsCutWithANote() {
        assertThat(run.lines()).anyMatch(l -> l.contains("huge.html") && l.contains("\"truncated\""));
    }

    @Test
    void invalidUtf8StillGivesAnArticle() {
        assertThat(run.lines()).anyMatch(l -> l.contains("invalid-utf8.html") && l.contains("Engineers reopened"));
    }

    @Test
    void pageWithNoBodyGivesAnEmptyArticleOrALine() {
        assertThat(run.out().contains("no-body.html") || run.err().contains("no-body.html")).isTrue();
    }

    @Test
    void goodWarcRecordComesOutBesideTheBrokenOne() {
        assertThat(run.lines()).anyMatch(l -> l.contains("https://news.example.org/good"));
    }

    @Test
    void brokenWarcRecordIsReported() {
        assertThat(run.err()).contains("broken.warc.gz");
    }
}
