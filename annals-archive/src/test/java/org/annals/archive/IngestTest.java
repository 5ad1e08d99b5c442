package org.annals.archive;

import org.annals.model.AnalyzedArticle;
import org.annals.model.Article;
import org.annals.source.Sources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IngestTest {
    @TempDir
    Path dir;

    /** A stand-in pipeline: the first line is the title, the rest the text; "FAIL" in a page throws. */
    private static final ArticleProcessor PIPELINE = doc -> {
        String page = new String(doc.payload(), StandardCharsets.UTF_8);
        if (page.contains("FAIL")) {
            throw new IllegalStateException("this page breaks the pipeline");
        }
        int nl = page.indexOf('\n');
        return AnalyzedArticle.of(new Article(doc.id(), doc.source(), page.substring(0, nl), null, null, List.of(),
                null, null, null, List.of(), "en", page.substring(nl + 1).strip(), List.of(), List.of()));
    };

    private Path inputs() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 30; i++) {
            Files.writeString(in.resolve("page" + i + ".txt"), "Harbour news " + i + "\nThe quay story number " + i + ".\n");
        }
        Files.writeString(in.resolve("broken.txt"), "Broken page\nFAIL here\n");
        return in;
    }

    private IngestProgress ingest(Path data, Path in) {
        try (ArchiveWriter w = ArchiveWriter.open(data)) {
            return new Ingest(w, new Sources(new ByteArrayInputStream(new byte[0])), PIPELINE, 2, Duration.ofSeconds(30))
                    .run(List.of(in.toString()), p -> { });
        }
    }

    @Test
    void storesEveryPageAndRecordsTheOneThatFails() throws Exception {
        Path in = inputs();
        IngestProgress done = ingest(dir.resolve("data"), in);
        assertThat(done.stored()).isEqualTo(30);
        assertThat(done.failures()).isEqualTo(1);
        try (ArchiveReader r = ArchiveReader.open(dir.resolve("data"))) {
            assertThat(r.stats().articles()).isEqualTo(30);
            assertThat(r.searcher().count()).isEqualTo(30);
            assertThat(r.stats().failures()).isEqualTo(1);
        }
    }

    @Test
    void ingestingAgainAddsNothing() throws Exception {
        Path in = inputs();
        ingest(dir.resolve("data"), in);
        IngestProgress again = ingest(dir.resolve("data"), in);
        assertThat(again.stored()).isZero();
        assertThat(again.present()).isEqualTo(30);
        try (ArchiveReader r = ArchiveReader.open(dir.resolve("data"))) {
            assertThat(r.stats().articles()).isEqualTo(30);
            assertThat(r.stats().failures()).isEqualTo(1);
        }
    }

    @Test
    void rawBytesAreKeptForReprocessing() throws Exception {
        Path in = inputs();
        ingest(dir.resolve("data"), in);
        byte[] page = Files.readAllBytes(in.resolve("page7.txt"));
        assertThat(new RawStore(dir.resolve("data/raw")).get(RawStore.sha256(page))).isEqualTo(page);
    }

    @Test
    void aPageThatHangsIsSkippedAndTheRestGoOn() throws Exception {
        Path in = inputs();
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        ArticleProcessor hanging = doc -> {
            if (new String(doc.payload(), StandardCharsets.UTF_8).contains("number 3.")) {
                // A pathological page that ignores interruption until the test is over.
                while (release.getCount() > 0) {
                    try {
                        release.await();
                    } catch (InterruptedException ignored) {
                        // Ignored on purpose.
                    }
                }
            }
            return PIPELINE.process(doc);
        };
        Files.delete(in.resolve("broken.txt"));
        IngestProgress done;
        try (ArchiveWriter w = ArchiveWriter.open(dir.resolve("data"))) {
            done = new Ingest(w, new Sources(new ByteArrayInputStream(new byte[0])), hanging, 2, Duration.ofMillis(500))
                    .run(List.of(in.toString()), p -> { });
        } finally {
            release.countDown();
        }
        assertThat(done.stored()).isEqualTo(29);
        assertThat(done.failures()).isEqualTo(1);
        try (ArchiveReader r = ArchiveReader.open(dir.resolve("data"));
             var st = r.database().createStatement();
             var rs = st.executeQuery("SELECT message FROM failures")) {
            rs.next();
            assertThat(rs.getString(1)).contains("took longer than");
        }
    }

    @Test
    void namesAFileByItsPath() {
        assertThat(Ingest.name("corpus", "file:///data/corpus/a.txt")).isEqualTo("/data/corpus/a.txt");
        assertThat(Ingest.name("crawl.warc", "https://example.org/a")).isEqualTo("crawl.warc (https://example.org/a)");
    }
}
