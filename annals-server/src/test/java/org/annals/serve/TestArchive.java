package org.annals.serve;

import org.annals.archive.ArchiveWriter;
import org.annals.archive.ArticleProcessor;
import org.annals.archive.ProcessedArticle;
import org.annals.extract.ArticleExtractor;
import org.annals.model.AnalyzedArticle;
import org.annals.model.ArticleJson;
import org.annals.source.PayloadKind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A temporary archive holding the hand-made fixtures (every layer, real offsets), stored through the archive's writer. */
final class TestArchive {
    static final String TALKS = "valletta-talks.json";
    static final String RETURNS = "berg-returns.json";
    static final String HOSTILE = "hostile-fields.json";

    private TestArchive() {
    }

    /** A fixture article. */
    static AnalyzedArticle fixture(String name) {
        return ArticleJson.analyzedFromJson(new String(bytes(name), StandardCharsets.UTF_8));
    }

    /** The bytes of a test resource. */
    static byte[] bytes(String name) {
        try (InputStream in = TestArchive.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates an archive in {@code dir} holding the three JSON fixtures. */
    static Path create(Path dir) throws IOException {
        try (ArchiveWriter writer = ArchiveWriter.open(dir)) {
            List<ProcessedArticle> batch = new ArrayList<>();
            for (String name : List.of(TALKS, RETURNS, HOSTILE)) {
                AnalyzedArticle a = fixture(name);
                String sha = writer.raw().put(a.article().text().getBytes(StandardCharsets.UTF_8));
                batch.add(new ProcessedArticle(name, sha, PayloadKind.HTML, null, null, null, false, a));
            }
            writer.commit(batch, List.of());
        }
        return dir;
    }

    /** The extraction pipeline, as the server runs it on posted pages in tests. */
    static ArticleProcessor extractor() {
        ArticleExtractor extractor = ArticleExtractor.standard();
        return doc -> AnalyzedArticle.of(extractor.extract(doc));
    }
}
