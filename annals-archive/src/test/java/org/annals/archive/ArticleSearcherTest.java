package org.annals.archive;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
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
        return reader.searcher().search(SearchQuery.top(q, from, to, actor, category, 10)).hits();
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
    void filtersByOutlet() throws Exception {
        assertThat(reader.searcher().search(new SearchQuery("*", null, null, null, null, "harbour.example.org", 0, 10))
                .hits()).extracting(SearchHit::id).containsExactly("1".repeat(64));
        assertThat(reader.searcher().search(new SearchQuery("*", null, null, null, null, "elsewhere.example", 0, 10))
                .hits()).isEmpty();
    }

    @Test
    void pagesThroughHitsWithTheTotal() throws Exception {
        SearchResult both = reader.searcher().search(new SearchQuery("ferry", null, null, null, null, null, 0, 10));
        SearchResult second = reader.searcher().search(new SearchQuery("ferry", null, null, null, null, null, 1, 1));
        SearchResult past = reader.searcher().search(new SearchQuery("ferry", null, null, null, null, null, 5, 1));
        assertThat(both.total()).isEqualTo(2);
        assertThat(second.total()).isEqualTo(2);
        assertThat(second.hits()).extracting(SearchHit::id).containsExactly(both.hits().get(1).id());
        assertThat(second.hits().get(0).snippet()).contains("<b>ferry</b>");
        assertThat(past.total()).isEqualTo(2);
        assertThat(past.hits()).isEmpty();
        assertThat(reader.searcher().topIds(SearchQuery.top("ferry", null, null, null, null, 1), 5))
                .containsExactlyElementsOf(both.hits().stream().map(SearchHit::id).toList());
    }

    @Test
    void theTotalIsExactPastLuceneDefaultThreshold(@TempDir Path other) throws Exception {
        try (var directory = FSDirectory.open(other);
             var writer = new IndexWriter(directory, new IndexWriterConfig(new IndexAnalyzer()))) {
            for (int i = 0; i < 2_500; i++) {
                Document doc = new Document();
                doc.add(new StringField(IndexedArticle.ID, "id" + i, Field.Store.YES));
                doc.add(new TextField(IndexedArticle.TEXT, "ferry number " + i, Field.Store.YES));
                writer.addDocument(doc);
            }
        }
        try (ArticleSearcher searcher = new ArticleSearcher(other)) {
            SearchResult r = searcher.search(new SearchQuery("ferry", null, null, null, null, null, 2_000, 3));
            assertThat(r.total()).isEqualTo(2_500);
            assertThat(r.hits()).hasSize(3);
            assertThatThrownBy(() -> searcher.search(new SearchQuery("ferry", null, null, null, null, null,
                    ArticleSearcher.MAX_WINDOW, 1))).isInstanceOf(IllegalArgumentException.class);
        }
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
