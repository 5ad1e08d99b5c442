package org.annals.serve;

import org.annals.archive.IngestProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class ServedArchiveTest {
    @TempDir
    Path dir;

    private static long count(ServedArchive archive) throws Exception {
        return archive.read((db, searcher) -> {
            try (var st = db.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM articles")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void readsGoOnWhileAPostedPageIsStored() throws Exception {
        TestArchive.create(dir);
        try (ServedArchive archive = new ServedArchive(dir)) {
            assertThat(count(archive)).isEqualTo(3);
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService readers = Executors.newFixedThreadPool(3);
            List<Future<Long>> reads = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                reads.add(readers.submit(() -> {
                    long n = 0;
                    while (!stop.get()) {
                        assertThat(count(archive)).isBetween(3L, 4L);
                        n++;
                    }
                    return n;
                }));
            }
            IngestProgress done = archive.ingest(("Net mending\n\nThe fishermen mended their nets on the quay all "
                    + "afternoon while the wind kept the boats in the harbour.\n").getBytes(StandardCharsets.UTF_8),
                    TestArchive.extractor(), Duration.ofSeconds(30));
            Thread.sleep(100);
            stop.set(true);
            for (Future<Long> r : reads) {
                assertThat(r.get()).isPositive();
            }
            readers.shutdown();
            assertThat(done.stored()).isEqualTo(1);
            assertThat(count(archive)).isEqualTo(4);
            int indexed = archive.read((db, searcher) -> searcher.count());
            assertThat(indexed).isEqualTo(4);
        }
    }
}
