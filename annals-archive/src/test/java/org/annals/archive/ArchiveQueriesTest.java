package org.annals.archive;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArchiveQueriesTest {
    @TempDir
    static Path dir;
    private static ArchiveReader reader;

    @BeforeAll
    static void archive() throws Exception {
        try (ArchiveWriter w = ArchiveWriter.open(dir)) {
            w.commit(List.of(
                    Articles.processed(Articles.meeting("4".repeat(64), "Mayor meets harbour master", "2024-03-04"), w.raw()),
                    Articles.processed(Articles.meeting("5".repeat(64), "Second meeting at the quay", "2024-05-20"), w.raw())),
                    List.of(new FailureRecord("bad.warc", "bad.warc#3", null, "unreadable payload")));
        }
        reader = ArchiveReader.open(dir);
    }

    @AfterAll
    static void close() {
        reader.close();
    }

    private static List<String> column(SqlQuery q, String name) throws Exception {
        List<String> values = new ArrayList<>();
        try (PreparedStatement st = reader.prepare(q); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(name));
            }
        }
        return values;
    }

    @Test
    void eventsOfAnActorInDateOrder() throws Exception {
        assertThat(column(ArchiveQueries.events("ruiz", null, null, null, 10), "date"))
                .containsExactly("2024-03-04", "2024-05-20");
        assertThat(column(ArchiveQueries.events("ruiz", null, null, null, 10), "recipients"))
                .containsOnly("Tomas Vidal");
    }

    @Test
    void eventsFilteredByCategoryAndDate() throws Exception {
        assertThat(column(ArchiveQueries.events(null, "CONSULT", LocalDate.of(2024, 5, 1), null, 10), "article_id"))
                .containsExactly("5".repeat(64));
        assertThat(column(ArchiveQueries.events(null, "PROTEST", null, null, 10), "article_id")).isEmpty();
    }

    @Test
    void quotesOfASpeaker() throws Exception {
        assertThat(column(ArchiveQueries.quotes("Ana Ruiz", null, null, 10), "text")).hasSize(2)
                .allMatch(t -> t.startsWith("The quay"));
        assertThat(column(ArchiveQueries.quotes("Vidal", null, null, 10), "text")).isEmpty();
    }

    @Test
    void timelineMixesEventsAndQuotes() throws Exception {
        assertThat(column(ArchiveQueries.timeline("Ruiz", 10), "what")).containsExactly("event", "quote", "event", "quote");
        assertThat(column(ArchiveQueries.timeline("Tomas Vidal", 10), "what")).containsExactly("event", "event");
    }

    @Test
    void oneActorAcrossArticles() throws Exception {
        try (var st = reader.database().createStatement();
             var rs = st.executeQuery("SELECT articles FROM actors WHERE name = 'Ana Ruiz'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(2);
            assertThat(rs.next()).isFalse();
        }
        assertThat(reader.stats().entities()).isEqualTo(2);
    }

    @Test
    void failuresAreListed() throws Exception {
        assertThat(column(ArchiveQueries.failures(10), "part")).containsExactly("bad.warc#3");
    }
}
