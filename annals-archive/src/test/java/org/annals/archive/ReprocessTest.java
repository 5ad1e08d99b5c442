package org.annals.archive;

import org.annals.model.AnalyzedArticle;
import org.annals.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReprocessTest {
    @TempDir
    Path dir;

    @Test
    void reDerivesArticlesFromTheirRawBytes() throws Exception {
        try (ArchiveWriter w = ArchiveWriter.open(dir)) {
            w.commit(List.of(Articles.processed(Articles.plain("7".repeat(64), "Old title", "The ferry sails at dawn.",
                    null), w.raw())), List.of());
        }
        ArticleProcessor newPipeline = doc -> AnalyzedArticle.of(new Article(doc.id(), doc.source(), "New title",
                null, null, List.of(), null, null, null, List.of(), "en",
                new String(doc.payload(), StandardCharsets.UTF_8).toUpperCase(), List.of(), List.of()));
        try (ArchiveWriter w = ArchiveWriter.open(dir)) {
            Reprocess.Counts counts = new Reprocess(w, newPipeline).run(c -> { });
            assertThat(counts.reprocessed()).isEqualTo(1);
        }
        try (ArchiveReader r = ArchiveReader.open(dir)) {
            try (var st = r.database().createStatement(); var rs = st.executeQuery("SELECT title, text FROM articles")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("New title");
                assertThat(rs.getString(2)).isEqualTo("THE FERRY SAILS AT DAWN.");
            }
            assertThat(r.searcher().search(SearchQuery.top("title:new", null, null, null, null, 5)).hits()).hasSize(1);
            assertThat(r.searcher().count()).isEqualTo(1);
        }
    }
}
