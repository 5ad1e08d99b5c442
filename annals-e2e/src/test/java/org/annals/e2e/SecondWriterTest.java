package org.annals.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One writer at a time: a second ingest into a busy archive is refused and names the first one's process;
 * an ingest while the server holds the archive names the server's.
 */
class SecondWriterTest {
    @TempDir
    Path dir;

    @Test
    void aSecondWriterIsRefusedWithTheFirstOnesProcessId() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 400; i++) {
            Fixtures.write(in, "page" + i + ".txt", Fixtures.textPage("Harbour report " + i,
                    Fixtures.BODY_ONE + " Report " + i + " of the series."));
        }
        Path data = dir.resolve("archive");
        AnnalsProcess.run("--version");
        Process first = new ProcessBuilder(AnnalsProcess.ROOT.resolve("annals").toString(), "ingest", "--data",
                data.toString(), in.toString()).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Path lock = data.resolve("writer.lock");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (first.isAlive() && !(Files.exists(lock) && Files.size(lock) > 0) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(first.isAlive()).as("the first writer is still running").isTrue();
            AnnalsProcess second = AnnalsProcess.run("ingest", "--data", data.toString(), in.toString());
            assertThat(second.status()).isEqualTo(3);
            assertThat(second.err()).contains("being written by process " + first.pid());
            AnnalsProcess reader = AnnalsProcess.run("stats", "--data", data.toString());
            assertThat(reader.status()).isEqualTo(3);
            assertThat(reader.err()).contains("being written by process " + first.pid());
        } finally {
            first.destroyForcibly();
            first.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aWriterWhileTheServerReadsIsToldToStopItOrIngestThroughIt() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Fixtures.write(in, "one.txt", Fixtures.textPage("Harbour report", Fixtures.BODY_ONE));
        Path data = dir.resolve("archive");
        assertThat(AnnalsProcess.run("ingest", "--data", data.toString(), in.toString()).status()).isZero();
        Process serve = new ProcessBuilder(AnnalsProcess.ROOT.resolve("annals").toString(), "serve", "--data",
                data.toString(), "--port", "0").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String url = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertThat(url).as("the server's address").startsWith("http://");
            Fixtures.write(in, "two.txt", Fixtures.textPage("Ferry report", Fixtures.BODY_ONE + " A second page."));
            AnnalsProcess ingest = AnnalsProcess.run("ingest", "--data", data.toString(), in.toString());
            assertThat(ingest.status()).isEqualTo(3);
            assertThat(ingest.err()).contains("is open in another process (PID " + serve.pid() + ", e.g. annals serve)",
                    "ingest through the server with --token").doesNotContain("being written");
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
