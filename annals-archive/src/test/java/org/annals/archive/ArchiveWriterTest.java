package org.annals.archive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArchiveWriterTest {
    @TempDir
    Path dir;

    private static long count(ArchiveReader reader, String sql) throws Exception {
        try (Statement st = reader.database().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void storesEveryLayerOfAnAnalysedArticle() throws Exception {
        try (ArchiveWriter w = ArchiveWriter.open(dir)) {
            CommitResult c = w.commit(List.of(Articles.processed(Articles.meeting("a".repeat(64), "Quay", "2024-03-04"),
                    w.raw())), List.of());
            assertThat(c.stored()).isEqualTo(1);
        }
        try (ArchiveReader r = ArchiveReader.open(dir)) {
            assertThat(count(r, "SELECT count(*) FROM entities")).isEqualTo(2);
            assertThat(count(r, "SELECT count(*) FROM mentions")).isEqualTo(3);
            assertThat(count(r, "SELECT count(*) FROM times")).isEqualTo(1);
            assertThat(count(r, "SELECT count(*) FROM quotes WHERE speaker_name = 'Ana Ruiz'")).isEqualTo(1);
            assertThat(count(r, "SELECT count(*) FROM events WHERE category = 'CONSULT'")).isEqualTo(1);
            assertThat(count(r, "SELECT count(*) FROM event_participants")).isEqualTo(2);
            assertThat(count(r, "SELECT count(*) FROM articles WHERE source_host = 'harbour.example.org'")).isEqualTo(1);
            assertThat(r.searcher().count()).isEqualTo(1);
        }
    }

    @Test
    void anArticleAlreadyHeldIsNotStoredAgain() throws Exception {
        try (ArchiveWriter w = ArchiveWriter.open(dir)) {
            ProcessedArticle p = Articles.processed(Articles.meeting("b".repeat(64), "Quay", "2024-03-04"), w.raw());
            w.commit(List.of(p, p), List.of());
            CommitResult again = w.commit(List.of(p), List.of());
            assertThat(again.stored()).isZero();
            assertThat(again.present()).isEqualTo(1);
            assertThat(w.contains(p.id())).isTrue();
        }
        try (ArchiveReader r = ArchiveReader.open(dir)) {
            assertThat(count(r, "SELECT count(*) FROM articles")).isEqualTo(1);
            assertThat(count(r, "SELECT count(*) FROM entities")).isEqualTo(2);
        }
    }

    @Test
    void failuresAreRecordedOnceAndClearedWhenTheArticleIsStored() throws Exception {
        String id = "c".repeat(64);
        FailureRecord f = new FailureRecord("in.txt", "in.txt", id, "cannot process: boom");
        try (ArchiveWriter w = ArchiveWriter.open(dir)) {
            w.commit(List.of(), List.of(f));
            w.commit(List.of(), List.of(f));
        }
        try (ArchiveReader r = ArchiveReader.open(dir)) {
            assertThat(count(r, "SELECT count(*) FROM failures")).isEqualTo(1);
        }
        try (ArchiveWriter w = ArchiveWriter.open(dir)) {
            w.commit(List.of(Articles.processed(Articles.plain(id, "T", "Body text.", null), w.raw())), List.of());
        }
        try (ArchiveReader r = ArchiveReader.open(dir)) {
            assertThat(r.stats().failures()).isZero();
        }
    }

    @Test
    void aLostIndexIsRebuiltFromTheDatabaseOnOpen() throws Exception {
        try (ArchiveWriter w = ArchiveWriter.open(dir)) {
            w.commit(List.of(Articles.processed(Articles.plain("d".repeat(64), "Ferry", "The ferry sails.", null), w.raw()),
                    Articles.processed(Articles.plain("e".repeat(64), "Bridge", "The bridge opens.", null), w.raw())),
                    List.of());
        }
        try (Stream<Path> files = Files.list(dir.resolve("index"))) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        try (ArchiveWriter w = ArchiveWriter.open(dir)) {
            assertThat(w.reconciled()).isEqualTo(2);
        }
        try (ArchiveReader r = ArchiveReader.open(dir)) {
            assertThat(r.searcher().count()).isEqualTo(2);
            assertThat(r.searcher().contains("e".repeat(64))).isTrue();
        }
    }

    @Test
    void aSecondWriterIsRefusedWithTheHoldersProcessId() {
        try (ArchiveWriter w = ArchiveWriter.open(dir)) {
            assertThatThrownBy(() -> ArchiveWriter.open(dir)).isInstanceOf(ArchiveException.class)
                    .hasMessageContaining("being written by process " + ProcessHandle.current().pid());
            assertThatThrownBy(() -> ArchiveReader.open(dir)).isInstanceOf(ArchiveException.class)
                    .hasMessageContaining("being written by process");
        }
    }

    @Test
    void aWriterIsToldWhichProcessHoldsTheArchiveOpenForReading() throws Exception {
        try (ArchiveWriter w = ArchiveWriter.open(dir)) {
            w.commit(List.of(), List.of());
        }
        Process reader = ReaderProcess.start(dir);
        try {
            assertThatThrownBy(() -> ArchiveWriter.open(dir)).isInstanceOf(ArchiveException.class)
                    .hasMessageContaining("is open in another process (PID " + reader.pid() + ", e.g. annals serve)")
                    .hasMessageContaining("ingest through the server with --token")
                    .hasMessageNotContaining("being written");
        } finally {
            reader.destroy();
            reader.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        }
        try (ArchiveWriter w = ArchiveWriter.open(dir)) {
            assertThat(w).isNotNull();
        }
    }

    @Test
    void aForeignFolderIsNeverWrittenInto() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> ArchiveWriter.open(dir)).isInstanceOf(ArchiveException.class)
                .hasMessageContaining("not an Annals archive");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("notes.txt"));
        }
    }

    @Test
    void nearDuplicatesAreFlaggedNotDropped() throws Exception {
        String body = "The harbour council voted on Tuesday to rebuild the northern quay, which storms damaged "
                + "last winter, and to widen the channel so that larger ferries can dock. Work starts in May and "
                + "should end before the summer season of the following year, the council's engineer told reporters, "
                + "adding that the budget had been agreed with the port authority after months of talks.";
        try (ArchiveWriter w = ArchiveWriter.open(dir)) {
            w.commit(List.of(Articles.processed(Articles.plain("f".repeat(64), "Quay vote", body, null), w.raw())),
                    List.of());
            CommitResult c = w.commit(List.of(Articles.processed(Articles.plain("0".repeat(64), "Council votes",
                    body + " Copyright Wire Service.", null), w.raw())), List.of());
            assertThat(c.duplicates()).isEqualTo(1);
        }
        try (ArchiveReader r = ArchiveReader.open(dir)) {
            assertThat(count(r, "SELECT count(*) FROM articles WHERE duplicate_of = '" + "f".repeat(64) + "'"))
                    .isEqualTo(1);
            assertThat(r.stats().articles()).isEqualTo(2);
        }
    }
}
