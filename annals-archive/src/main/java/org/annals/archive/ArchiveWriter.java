package org.annals.archive;

import org.annals.model.AnalyzedArticle;
import org.annals.model.ArticleJson;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The archive opened for writing, by one process at a time. The commit protocol (see
 * {@code docs/archive-schema.md}): raw bytes are in the raw store before their rows are written;
 * one DuckDB transaction per batch is the source of truth; the Lucene index is committed after
 * it, marked with the batch number, and reconciled on open when it lags. A run killed at any
 * moment thus leaves whole batches or none, and the next run redoes only what was not committed.
 */
public final class ArchiveWriter implements AutoCloseable {
    private final ArchiveLayout layout;
    private final WriterLock lock;
    private final Connection db;
    private final Connection lookups;
    private final PreparedStatement exists;
    private final PreparedStatement lookupExists;
    private final ArticleRows rows;
    private final RawStore raw;
    private final SearchIndex index;
    private final DuplicateIndex duplicates = new DuplicateIndex();
    private final StoryIndex stories = new StoryIndex();
    private final PreparedStatement joinStory;
    private final int reconciled;
    private long lastBatch;

    private ArchiveWriter(ArchiveLayout layout, WriterLock lock, Connection db, RawStore raw, SearchIndex index)
            throws SQLException, IOException {
        this.layout = layout;
        this.lock = lock;
        this.db = db;
        this.raw = raw;
        this.index = index;
        ArchiveSchema.createOrCheck(db);
        lookups = ((org.duckdb.DuckDBConnection) db).duplicate();
        exists = db.prepareStatement("SELECT 1 FROM articles WHERE id = ?");
        lookupExists = lookups.prepareStatement("SELECT 1 FROM articles WHERE id = ?");
        rows = new ArticleRows(db);
        joinStory = db.prepareStatement("UPDATE articles SET story_id = ? WHERE id = ?");
        try (Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT coalesce(max(seq), 0) FROM batches")) {
                rs.next();
                lastBatch = rs.getLong(1);
            }
            try (ResultSet rs = st.executeQuery("SELECT id, minhash FROM articles WHERE len(minhash) > 0 "
                    + "ORDER BY batch, id")) {
                while (rs.next()) {
                    Object[] values = (Object[]) rs.getArray(2).getArray();
                    int[] signature = new int[values.length];
                    for (int v = 0; v < values.length; v++) {
                        signature[v] = ((Number) values[v]).intValue();
                    }
                    duplicates.add(rs.getString(1), signature);
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT id, published_date, story_id, story_terms FROM articles "
                    + "WHERE published_date IS NOT NULL ORDER BY batch, id")) {
                while (rs.next()) {
                    Object[] terms = (Object[]) rs.getArray(4).getArray();
                    long[] hashes = new long[terms.length];
                    for (int t = 0; t < terms.length; t++) {
                        hashes[t] = ((Number) terms[t]).longValue();
                    }
                    stories.add(rs.getString(1), (int) rs.getDate(2).toLocalDate().toEpochDay(), hashes,
                            rs.getString(3));
                }
            }
        }
        reconciled = index.reconcile(db, lastBatch);
        db.setAutoCommit(false);
    }

    /**
     * Opens (creating it when the folder is new or empty) the archive at {@code dir} for writing.
     *
     * @throws ArchiveException when the folder is foreign, damaged, held by another writer or cannot be written
     */
    public static ArchiveWriter open(Path dir) {
        ArchiveLayout layout = new ArchiveLayout(dir);
        WriterLock lock = null;
        Connection db = null;
        SearchIndex index = null;
        try {
            ArchiveMarker.createOrCheck(layout);
            lock = WriterLock.acquire(layout);
            RawStore raw = new RawStore(layout.raw());
            raw.removeLeftovers();
            db = Database.openWritable(layout);
            index = new SearchIndex(layout.index());
            return new ArchiveWriter(layout, lock, db, raw, index);
        } catch (IOException | SQLException | RuntimeException e) {
            closeQuietly(index);
            if (db != null) {
                Database.close(db);
            }
            closeQuietly(lock);
            if (e instanceof ArchiveException ae) {
                throw ae;
            }
            throw new ArchiveException("cannot open the archive at " + layout.dir() + " for writing: "
                    + Database.oneLine(e), e);
        }
    }

    /** The folder's layout. */
    public ArchiveLayout layout() {
        return layout;
    }

    /** The raw store, where documents go before their rows are committed. */
    public RawStore raw() {
        return raw;
    }

    /** How many index documents the last open added or deleted to catch up with the database. */
    public int reconciled() {
        return reconciled;
    }

    /** Whether the archive holds a committed article with this id; safe to call from another thread. */
    public boolean contains(String id) {
        synchronized (lookupExists) {
            try {
                lookupExists.setString(1, id);
                try (ResultSet rs = lookupExists.executeQuery()) {
                    return rs.next();
                }
            } catch (SQLException e) {
                throw new ArchiveException("cannot read the archive's database: " + Database.oneLine(e), e);
            }
        }
    }

    /**
     * Stores a batch in one transaction, then indexes it: articles the archive already holds are
     * skipped, near-duplicates flagged, failures recorded (replacing an earlier failure of the
     * same part, and cleared when the article is now stored).
     *
     * @throws ArchiveException when the database or index cannot be written (disk full, say);
     *                          the archive then holds every batch before this one
     */
    public synchronized CommitResult commit(List<ProcessedArticle> articles, List<FailureRecord> failures) {
        if (articles.isEmpty() && failures.isEmpty()) {
            return new CommitResult(-1, 0, 0, 0, 0);
        }
        long batch = lastBatch + 1;
        List<AnalyzedArticle> stored = new ArrayList<>();
        Set<String> inBatch = new HashSet<>();
        int present = 0;
        int flagged = 0;
        try {
            for (ProcessedArticle p : articles) {
                if (!inBatch.add(p.id()) || holds(p.id())) {
                    present++;
                    continue;
                }
                int[] signature = MinHash.of(p.analyzed().article().text());
                String original = duplicates.nearest(signature);
                long[] terms = StoryTerms.of(p.analyzed());
                java.time.LocalDate day = ArticleRows.day(p.analyzed().article().published());
                StoryIndex.Match story = stories.place(p.id(), day == null ? null : (int) day.toEpochDay(), terms,
                        original);
                rows.insert(p, batch, signature, original, story == null ? null : story.story(), terms);
                if (story != null && story.founder() != null) {
                    joinStory.setString(1, story.story());
                    joinStory.setString(2, story.founder());
                    joinStory.executeUpdate();
                }
                duplicates.add(p.id(), signature);
                if (original != null) {
                    flagged++;
                }
                stored.add(p.analyzed());
            }
            recordFailures(failures);
            clearFailures(stored);
            try (PreparedStatement st = db.prepareStatement("INSERT INTO batches VALUES (?, ?, ?, ?)")) {
                st.setLong(1, batch);
                st.setTimestamp(2, Timestamp.from(Instant.now()));
                st.setInt(3, stored.size());
                st.setInt(4, failures.size());
                st.executeUpdate();
            }
            db.commit();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            throw writeFailure("the database", e);
        }
        lastBatch = batch;
        try {
            for (AnalyzedArticle a : stored) {
                index.put(a);
            }
            index.commit(batch);
        } catch (IOException | RuntimeException e) {
            throw writeFailure("the search index", e);
        }
        return new CommitResult(batch, stored.size(), present, flagged, failures.size());
    }

    /**
     * Replaces stored articles with a new analysis of the same documents (reprocessing): their rows
     * are deleted and written anew in one transaction, then their index documents replaced.
     */
    public synchronized void replace(List<ProcessedArticle> articles) {
        if (articles.isEmpty()) {
            return;
        }
        long batch = lastBatch + 1;
        try {
            for (ProcessedArticle p : articles) {
                String[] kept = clusterOf(p.id());
                rows.delete(p.id());
                rows.insert(p, batch, MinHash.of(p.analyzed().article().text()), kept[0], kept[1],
                        StoryTerms.of(p.analyzed()));
            }
            try (PreparedStatement st = db.prepareStatement("INSERT INTO batches VALUES (?, ?, ?, 0)")) {
                st.setLong(1, batch);
                st.setTimestamp(2, Timestamp.from(Instant.now()));
                st.setInt(3, articles.size());
                st.executeUpdate();
            }
            db.commit();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly();
            throw writeFailure("the database", e);
        }
        lastBatch = batch;
        try {
            for (ProcessedArticle p : articles) {
                index.put(p.analyzed());
            }
            index.commit(batch);
        } catch (IOException | RuntimeException e) {
            throw writeFailure("the search index", e);
        }
    }

    /**
     * One page of stored articles in id order, after {@code afterId} (empty to start): what
     * reprocessing needs to rebuild each document from the raw store.
     */
    public List<ProcessedArticle> storedAfter(String afterId, int limit) {
        List<ProcessedArticle> page = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("SELECT input, raw_sha256, payload_kind, declared_charset, "
                + "container_title, container_published, truncated, json FROM articles WHERE id > ? "
                + "ORDER BY id LIMIT ?")) {
            st.setString(1, afterId);
            st.setInt(2, limit);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String kind = rs.getString(3);
                    page.add(new ProcessedArticle(rs.getString(1), rs.getString(2),
                            kind == null ? null : org.annals.source.PayloadKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(7),
                            ArticleJson.analyzedFromJson(rs.getString(8))));
                }
            }
            db.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw new ArchiveException("cannot read the archive's database: " + Database.oneLine(e), e);
        }
        return page;
    }

    private boolean holds(String id) throws SQLException {
        exists.setString(1, id);
        try (ResultSet rs = exists.executeQuery()) {
            return rs.next();
        }
    }

    /** The duplicate and story an article had: reprocessing keeps them, as later articles point to them. */
    private String[] clusterOf(String id) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("SELECT duplicate_of, story_id FROM articles WHERE id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? new String[]{rs.getString(1), rs.getString(2)} : new String[2];
            }
        }
    }

    private void recordFailures(List<FailureRecord> failures) throws SQLException {
        if (failures.isEmpty()) {
            return;
        }
        try (PreparedStatement st = db.prepareStatement("INSERT OR REPLACE INTO failures VALUES (?, ?, ?, ?, ?)")) {
            Timestamp now = Timestamp.from(Instant.now());
            for (FailureRecord f : failures) {
                st.setString(1, f.input());
                st.setString(2, f.part() == null ? f.input() : f.part());
                st.setString(3, f.articleId());
                st.setString(4, f.message());
                st.setTimestamp(5, now);
                st.executeUpdate();
            }
        }
    }

    private void clearFailures(List<AnalyzedArticle> stored) throws SQLException {
        if (stored.isEmpty()) {
            return;
        }
        try (PreparedStatement st = db.prepareStatement("DELETE FROM failures WHERE article_id = ?")) {
            for (AnalyzedArticle a : stored) {
                st.setString(1, a.article().id());
                st.executeUpdate();
            }
        }
    }

    private ArchiveException writeFailure(String what, Exception e) {
        String message = Database.oneLine(e);
        String hint = message.toLowerCase(java.util.Locale.ROOT).contains("space") ? " (is the disk full?)" : "";
        return new ArchiveException("cannot write " + what + " of the archive at " + layout.dir() + ": "
                + message + hint + "; everything committed before is kept, rerun to go on", e);
    }

    private void rollbackQuietly() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // The transaction is lost either way; the first error is the one to report.
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // Closing after a failure: the first problem is the one to report.
            }
        }
    }

    @Override
    public void close() {
        closeQuietly(rows);
        closeQuietly(joinStory);
        closeQuietly(exists);
        closeQuietly(lookupExists);
        closeQuietly(lookups);
        try {
            // A clean checkpoint folds the write-ahead log into the database file.
            db.setAutoCommit(true);
            try (Statement st = db.createStatement()) {
                st.execute("CHECKPOINT");
            }
        } catch (SQLException ignored) {
            // A missed checkpoint only leaves the log to be replayed on the next open.
        }
        Database.close(db);
        closeQuietly(index);
        closeQuietly(lock);
    }
}
