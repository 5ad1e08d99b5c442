package org.annals.cli;

import org.annals.model.AnalyzedArticle;
import org.annals.model.Article;
import org.annals.source.SourceDocument;
import org.annals.source.Sources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(20)
class OrderedExtractionTest {
    @TempDir
    Path dir;

    /** Set at the end of each test, so that pages spinning on purpose stop burning a core. */
    private final AtomicBoolean over = new AtomicBoolean();

    @AfterEach
    void stopSpinning() {
        over.set(true);
    }

    /** The body is the file's text; "slow" pages sleep, "spin" pages loop ignoring interruption. */
    private final Function<SourceDocument, AnalyzedArticle> fake = doc -> {
        String text = new String(doc.payload(), StandardCharsets.UTF_8).strip();
        if (text.startsWith("slow")) {
            sleep(300);
        }
        if (text.startsWith("spin")) {
            while (!over.get()) {
                Thread.onSpinWait();
            }
        }
        return AnalyzedArticle.of(new Article(doc.id(), doc.source(), null, null, null, List.of(), null, null, null,
                List.of(), null, text, List.of(), List.of()));
    };

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text + "\n");
        return file.toString();
    }

    private static List<String> lines(OrderedExtraction run, List<String> inputs) {
        List<String> lines = new ArrayList<>();
        run.run(inputs, outcome -> {
            lines.add(outcome instanceof OrderedExtraction.Extracted e ? e.analyzed().article().text()
                    : ((OrderedExtraction.Failed) outcome).failure().toString());
            return true;
        });
        return lines;
    }

    private OrderedExtraction extraction(InputStream stdin, int threads, Duration timeout) {
        return new OrderedExtraction(new Sources(stdin), fake, threads, timeout);
    }

    @Test
    void outcomesComeOutInInputOrderWhenAnEarlierPageIsSlower() throws IOException {
        List<String> inputs = List.of(write("1.txt", "slow first"), write("2.txt", "second"), write("3.txt", "third"));
        assertThat(lines(extraction(InputStream.nullInputStream(), 3, Duration.ofSeconds(10)), inputs))
                .containsExactly("slow first", "second", "third");
    }

    @Test
    void aRunawayPageIsSkippedUnderItsOwnNameAndTheNextPagesStillRun() throws IOException {
        String runaway = write("runaway.txt", "spin forever");
        List<String> inputs = List.of(runaway, write("a.txt", "after one"), write("b.txt", "after two"));
        List<String> lines = lines(extraction(InputStream.nullInputStream(), 1, Duration.ofMillis(300)), inputs);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(runaway + ": extraction took longer than 300 ms; skipped");
        assertThat(lines.subList(1, 3)).containsExactly("after one", "after two");
    }

    @Test
    void moreRunawaysThanCanBeAbandonedNeverHangTheRun() throws IOException {
        List<String> inputs = List.of(write("r1.txt", "spin one"), write("r2.txt", "spin two"),
                write("r3.txt", "spin three"), write("a.txt", "after all"));
        List<String> lines = lines(extraction(InputStream.nullInputStream(), 1, Duration.ofMillis(200)), inputs);
        assertThat(lines).hasSize(4);
        assertThat(lines.subList(0, 2)).allMatch(l -> l.endsWith("extraction took longer than 200 ms; skipped"));
        assertThat(lines.subList(2, 4)).allMatch(l -> l.contains(": skipped: every worker is stuck"));
    }

    @Test
    void aPageWaitingForItsTurnIsNotChargedForTheTimeOfThePagesBeforeIt() throws IOException {
        List<String> inputs = List.of(write("1.txt", "slow one"), write("2.txt", "slow two"),
                write("3.txt", "slow three"));
        assertThat(lines(extraction(InputStream.nullInputStream(), 3, Duration.ofMillis(1500)), inputs))
                .containsExactly("slow one", "slow two", "slow three");
    }

    @Test
    void anErrorWhileReadingOneInputFailsOnlyThatInput() throws IOException {
        InputStream exploding = new InputStream() {
            @Override
            public int read() {
                throw new OutOfMemoryError("simulated");
            }

            @Override
            public int read(byte[] b, int off, int len) {
                throw new OutOfMemoryError("simulated");
            }
        };
        List<String> lines = lines(extraction(exploding, 2, Duration.ofSeconds(10)),
                List.of("-", write("a.txt", "still here")));
        assertThat(lines).containsExactly("-: input too large to read in memory", "still here");
    }

    @Test
    void stopsEarlyWhenTheSinkSaysSoAndLeavesNoThreadThatKeepsTheJvmAlive() throws IOException {
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            inputs.add(write(i + ".txt", "page " + i));
        }
        List<String> seen = new ArrayList<>();
        extraction(new ByteArrayInputStream(new byte[0]), 2, Duration.ofSeconds(10)).run(inputs, outcome -> {
            seen.add(((OrderedExtraction.Extracted) outcome).analyzed().article().text());
            return false;
        });
        assertThat(seen).containsExactly("page 0");
        assertThat(Thread.getAllStackTraces().keySet())
                .filteredOn(t -> t.getName().startsWith("annals-") && t.isAlive())
                .allMatch(Thread::isDaemon);
    }

    @Test
    void namesAFileBelowAGivenDirectoryByThePathAsGiven() {
        Path file = dir.resolve("sub").resolve("a.html");
        assertThat(OrderedExtraction.name(dir.toString(), file.toUri().toString()))
                .isEqualTo(dir.resolve("sub").resolve("a.html").toString());
        assertThat(OrderedExtraction.name("x.html", Path.of("x.html").toAbsolutePath().toUri().toString()))
                .isEqualTo("x.html");
    }

    @Test
    void namesARecordInsideAnArchiveByTheArchiveAndItsAddress() {
        assertThat(OrderedExtraction.name("crawl.warc.gz", "https://example.org/a"))
                .isEqualTo("crawl.warc.gz (https://example.org/a)");
        assertThat(OrderedExtraction.name("-", "-")).isEqualTo("-");
    }
}
