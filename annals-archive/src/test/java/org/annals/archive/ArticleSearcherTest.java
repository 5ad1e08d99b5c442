package org.annals.archive;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleSearcherTest {
    @TempDir
    static Path dir;
    private static ArchiveReader reader;

    @BeforeAll
    static void archive() throws Exception {
        try (ArchiveWriter w = ArchiveWriter.open(dir)) {
            w.commit(List.of(
                    Articles.processed(Articles.meeting("1".repeat(64), "Mayor meets harbour master", "2024-03-04"), w.raw()),
                    Articles.processed(Articles.plain("2".repeat(64), "Storm closes the ferry",
                            "A storm closed the ferry line to the islands on Friday.", "2023-11-10"), w.raw()),
                    Articles.processed(Articles.plain("3".repeat(64), "Ferry timetable",
                            "The winter ferry timetable starts in December.", null), w.raw())), List.of());
        }
        reader = ArchiveReader.open(dir);
    }

    @AfterAll
    static void close() {
        reader.close();
    }

    private static List<SearchHit> search(String q, LocalDate from, LocalDate to, String actor, String category)
            throws Exception {
        return reader.searcher().search(new SearchQuery(q, from, to, actor, category, 10));
    }

    @Test
    void ranksTitleMatchesFirstAndHighlightsTheText() throws Exception {
        List<SearchHit> hits = search("ferry", null, null, null, null);
        assertThat(hits).extracting(SearchHit::id).containsExactlyInAnyOrder("2".repeat(64), "3".repeat(64));
        assertThat(hits.get(0).snippet()).contains("<b>ferry</b>");
    }

    @Test
    void filtersByPublicationDay() throws Exception {
        assertThat(search("ferry", LocalDate.of(2023, 11, 1), LocalDate.of(2023, 11, 30), null, null))
                .extracting(SearchHit::id).containsExactly("2".repeat(64));
    }

    @Test
    void filtersByActorName() throws Exception {
        assertThat(search("*", null, null, "Tomas Vidal", null)).extracting(SearchHit::id).containsExactly("1".repeat(64));
        assertThat(search("*", null, null, "vidal", null)).hasSize(1);
        assertThat(search("*", null, null, "Ana Vidal", null)).isEmpty();
    }

    @Test
    void filtersByEventCategory() throws Exception {
        assertThat(search("*", null, null, null, "consult")).hasSize(1);
        assertThat(search("*", null, null, null, "ASSAULT")).isEmpty();
    }

    @Test
    void searchesEntityNamesAndFields() throws Exception {
        assertThat(search("entities:Ruiz", null, null, null, null)).hasSize(1);
        assertThat(search("title:timetable", null, null, null, null)).extracting(SearchHit::id)
                .containsExactly("3".repeat(64));
    }

    @Test
    void aBrokenQueryIsAnError() {
        assertThatThrownBy(() -> search("title:(ferry", null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot parse");
    }

    @Test
    void longSnippetsAreCutAroundTheFirstMatch() {
        String s = ArticleSearcher.trim("word ".repeat(200) + "<b>hit</b> " + "tail ".repeat(100));
        assertThat(s).contains("<b>hit</b>").startsWith("…").endsWith("…");
        assertThat(s.length()).isLessThanOrEqualTo(ArticleSearcher.SNIPPET_CHARS + 10);
    }
}
