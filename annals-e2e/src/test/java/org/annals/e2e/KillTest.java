package org.annals.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The archive's promise: ingest killed with SIGKILL at random moments, several times, then run to
 * the end, holds every input article exactly once, in the database and in the search index.
 */
class KillTest {
    private static final int ARTICLES = 300;
    private static final String[] WORDS = ("harbour council bridge minister summit treaty river market energy railway "
            + "school hospital election festival storm vaccine satellite court budget ferry quay tunnel museum farm "
            + "drought harvest strike airport mayor senate").split(" ");

    @TempDir
    Path dir;

    /** Text pages, each with a headline, a date line and paragraphs carrying a marker word of its own. */
    private Path corpus(Random random) throws IOException {
        Path in = Files.createDirectories(dir.resolve("corpus"));
        for (int i = 0; i < ARTICLES; i++) {
            StringBuilder page = new StringBuilder("Report " + i + ": the " + WORDS[random.nextInt(WORDS.length)]
                    + " and the " + WORDS[random.nextInt(WORDS.length)] + "\n\nRelease time:Mar 04, 2024 09:30 AM\n\n");
            for (int p = 0; p < 4; p++) {
                StringBuilder para = new StringBuilder();
                for (int w = 0; w < 45; w++) {
                    para.append(w == 0 ? "The" : WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
                page.append(para).append("marker").append(i).append("x").append(p).append(".\n\n");
            }
            Fixtures.write(in, String.format("page-%04d.txt", i), page.toString());
        }
        return in;
    }

    private static Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(AnnalsProcess.ROOT.resolve("annals").toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(AnnalsProcess.ROOT.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Blobs in the raw store, counted while a running ingest renames and deletes files in it. */
    private static long rawBlobs(Path data) throws IOException {
        Path raw = data.resolve("raw");
        if (!Files.isDirectory(raw)) {
            return 0;
        }
        long[] blobs = {0};
        Files.walkFileTree(raw, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (file.toString().endsWith(".gz")) {
                    blobs[0]++;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // a ".part" renamed or removed under our feet
            }
        });
        return blobs[0];
    }

    /** Articles in the archive, or 0 before the first run created its database. */
    private static int count(Path data) throws IOException {
        if (!Files.exists(data.resolve("archive.duckdb"))) {
            return 0;
        }
        AnnalsProcess run = AnnalsProcess.run("sql", "--data", data.toString(), "--format", "jsonl",
                "SELECT count(*) AS n FROM articles");
        assertThat(run.status()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.lines().get(0)).get("n").asInt();
    }

    @Test
    void killedAtRandomThenFinishedHoldsEveryArticleExactlyOnce() throws Exception {
        Random random = new Random(Long.getLong("annals.killSeed", System.nanoTime()));
        Path in = corpus(random);
        Path data = dir.resolve("archive");
        AnnalsProcess.run("--version");
        List<Integer> committed = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            long before = rawBlobs(data);
            Process ingest = start("ingest", "--data", data.toString(), in.toString());
            // Kill while it works: once this run puts new documents in the raw store, after a random delay.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (ingest.isAlive() && rawBlobs(data) <= before + 5 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(random.nextInt(3000));
            ingest.destroyForcibly();
            assertThat(ingest.waitFor(30, TimeUnit.SECONDS)).isTrue();
            committed.add(count(data));
        }
        // Nothing committed is ever lost: what a killed run stored is still there after the next kill.
        assertThat(committed).as("articles after each kill").isSorted().allMatch(n -> n <= ARTICLES);
        AnnalsProcess finish = AnnalsProcess.run("ingest", "--data", data.toString(), in.toString());
        assertThat(finish.status()).as(finish.err()).isZero();

        AnnalsProcess count = AnnalsProcess.run("sql", "--data", data.toString(), "--format", "jsonl",
                "SELECT count(*) AS n, count(DISTINCT id) AS ids FROM articles");
        var row = new ObjectMapper().readTree(count.lines().get(0));
        assertThat(finish.err()).contains((ARTICLES - committed.get(committed.size() - 1)) + " articles");
        assertThat(row.get("n").asInt()).isEqualTo(ARTICLES);
        assertThat(row.get("ids").asInt()).isEqualTo(ARTICLES);
        assertThat(AnnalsProcess.run("search", "--data", data.toString(), "--format", "jsonl", "--limit", "1000", "*")
                .lines()).hasSize(ARTICLES);
        // Every article is findable by its own words: one query for every page's marker.
        StringBuilder anyMarker = new StringBuilder();
        for (int i = 0; i < ARTICLES; i++) {
            anyMarker.append(i == 0 ? "" : " OR ").append("marker").append(i).append("x2");
        }
        List<String> found = AnnalsProcess.run("search", "--data", data.toString(), "--format", "jsonl", "--limit",
                "1000", "text:(" + anyMarker + ")").lines();
        assertThat(found).hasSize(ARTICLES);
        assertThat(found.stream().map(l -> l.substring(0, l.indexOf(",\"title\""))).distinct()).hasSize(ARTICLES);
    }
}
