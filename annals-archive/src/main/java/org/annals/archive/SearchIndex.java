package org.annals.archive;

import org.annals.model.AnalyzedArticle;
import org.annals.model.ArticleJson;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The writing side of the full-text index. The index follows the database: every commit records
 * the database batch it reflects, and on open an index that lags (a run killed between the two
 * commits) is reconciled against the database's article ids.
 */
final class SearchIndex implements AutoCloseable {
    static final String BATCH = "annals.batch";

    private final Directory directory;
    private final IndexWriter writer;

    SearchIndex(Path dir) throws IOException {
        directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(new IndexAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(32)
                .setCommitOnClose(false);
        writer = new IndexWriter(directory, config);
    }

    /** Adds or replaces an article's document. */
    void put(AnalyzedArticle article) throws IOException {
        put(article.article().id(), IndexedArticle.of(article));
    }

    /** Adds or replaces the document of the article with this id. */
    void put(String id, org.apache.lucene.document.Document document) throws IOException {
        writer.updateDocument(new Term(IndexedArticle.ID, id), document);
    }

    /** Removes an article's document. */
    void delete(String id) throws IOException {
        writer.deleteDocuments(new Term(IndexedArticle.ID, id));
    }

    /** Makes every change durable, marked as reflecting the database up to {@code batch}. */
    void commit(long batch) throws IOException {
        writer.setLiveCommitData(Map.of(BATCH, Long.toString(batch)).entrySet());
        writer.commit();
    }

    /** Drops the changes since the last commit. */
    void rollback() throws IOException {
        writer.rollback();
    }

    /** The database batch the last commit reflects, or -1 for an index never committed. */
    long committedBatch() {
        for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
            if (e.getKey().equals(BATCH)) {
                return Long.parseLong(e.getValue());
            }
        }
        return -1;
    }

    /**
     * Brings the index in line with the database when its last commit is not the database's last
     * batch: articles missing from the index are indexed from their stored JSON, documents of
     * articles the database does not hold are deleted. Both id lists are walked in order, so
     * memory stays small whatever the archive's size.
     *
     * @return how many documents were added or deleted
     */
    int reconcile(Connection db, long lastBatch) throws IOException, SQLException {
        if (committedBatch() == lastBatch && lastBatch >= 0) {
            return 0;
        }
        int changed = 0;
        try (DirectoryReader reader = DirectoryReader.open(writer);
             Statement st = db.createStatement();
             PreparedStatement json = db.prepareStatement("SELECT json FROM articles WHERE id = ?");
             ResultSet ids = st.executeQuery("SELECT id FROM articles ORDER BY id")) {
            Terms terms = MultiTerms.getTerms(reader, IndexedArticle.ID);
            TermsEnum indexed = terms == null ? TermsEnum.EMPTY : terms.iterator();
            Bits live = MultiBits.getLiveDocs(reader);
            String nextIndexed = nextLive(indexed, live);
            boolean more = ids.next();
            while (more || nextIndexed != null) {
                String nextStored = more ? ids.getString(1) : null;
                int cmp = nextStored == null ? 1 : nextIndexed == null ? -1
                        : new BytesRef(nextStored).compareTo(new BytesRef(nextIndexed));
                if (cmp < 0) {
                    json.setString(1, nextStored);
                    try (ResultSet rs = json.executeQuery()) {
                        rs.next();
                        put(ArticleJson.analyzedFromJson(rs.getString(1)));
                    }
                    changed++;
                    more = ids.next();
                } else if (cmp > 0) {
                    delete(nextIndexed);
                    changed++;
                    nextIndexed = nextLive(indexed, live);
                } else {
                    more = ids.next();
                    nextIndexed = nextLive(indexed, live);
                }
            }
        }
        commit(Math.max(lastBatch, 0));
        return changed;
    }

    /** The next id term with at least one live document, or null at the end. */
    private static String nextLive(TermsEnum terms, Bits live) throws IOException {
        PostingsEnum postings = null;
        for (BytesRef term = terms.next(); term != null; term = terms.next()) {
            postings = terms.postings(postings, PostingsEnum.NONE);
            for (int doc = postings.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live == null || live.get(doc)) {
                    return term.utf8ToString();
                }
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        try {
            writer.rollback();
        } finally {
            directory.close();
        }
    }
}
