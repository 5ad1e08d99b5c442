package org.annals.archive;

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
    private final java.util.concurrent.ExecutorService indexer = java.util.concurrent.Executors.newSingleThreadExecutor(
            r -> {
                Thread t = new Thread(r, "annals-indexer");
                t.setDaemon(true);
                return t;
            });
    private java.util.concurrent.Future<Void> pendingIndex;
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
        exists = db.prepareStatement("SELECT id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))");
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
            if (e instanceof java.nio.file.AccessDeniedException || e instanceof java.nio.file.FileSystemException fs
                    && String.valueOf(fs.getReason()).toLowerCase(java.util.Locale.ROOT).contains("read-only")) {
                throw new ArchiveException("cannot write to the archive at " + layout.dir()
                        + ": the folder is read-only or not writable by this user (" + Database.oneLine(e) + ")", e);
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
    public CommitResult commit(List<ProcessedArticle> articles, List<FailureRecord> failures) {
        return commitPrepared(articles.stream().map(PreparedArticle::of).toList(), failures);
    }

    /** {@link #commit} of articles prepared on the workers. */
    synchronized CommitResult commitPrepared(List<PreparedArticle> articles, List<FailureRecord> failures) {
        if (articles.isEmpty() && failures.isEmpty()) {
            return new CommitResult(-1, 0, 0, 0, 0);
        }
        long batch = lastBatch + 1;
        List<PreparedArticle> stored = new ArrayList<>();
        int present = 0;
        int flagged = 0;
        List<StoryIndex.Match> founded = new ArrayList<>();
        try {
            Set<String> held = held(articles);
            for (PreparedArticle p : articles) {
                if (!held.add(p.id())) {
                    present++;
                    continue;
                }
                String original = duplicates.nearest(p.minhash());
                java.time.LocalDate day = ArticleRows.day(p.article().analyzed().article().published());
                StoryIndex.Match story = stories.place(p.id(), day == null ? null : (int) day.toEpochDay(), p.terms(),
                        original);
                rows.insert(p, batch, original, story == null ? null : story.story());
                if (story != null && story.founder() != null) {
                    founded.add(story);
                }
                duplicates.add(p.id(), p.minhash());
                if (original != null) {
                    flagged++;
                }
                stored.add(p);
            }
            rows.flush();
            // A story's first article may be in this very batch: its row exists only after the flush.
            for (StoryIndex.Match story : founded) {
                joinStory.setString(1, story.story());
                joinStory.setString(2, story.founder());
                joinStory.executeUpdate();
            }
            recordFailures(failures);
            clearFailures(stored);
            insertBatch(batch, stored.size(), failures.size());
            db.commit();
        } catch (SQLException | RuntimeException e) {
            rows.clear();
            rollbackQuietly();
            throw writeFailure("the database", e);
        }
        lastBatch = batch;
        index(batch, stored);
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
        List<PreparedArticle> prepared = articles.stream().map(PreparedArticle::of).toList();
        try {
            for (PreparedArticle p : prepared) {
                String[] kept = clusterOf(p.id());
                rows.delete(p.id());
                rows.insert(p, batch, kept[0], kept[1]);
            }
            rows.flush();
            insertBatch(batch, prepared.size(), 0);
            db.commit();
        } catch (SQLException | RuntimeException e) {
            rows.clear();
            rollbackQuietly();
            throw writeFailure("the database", e);
        }
        lastBatch = batch;
        index(batch, prepared);
    }

    /**
     * Hands a committed batch to the indexing thread, after the previous batch's index commit has
     * finished: the index commits batches in order, each only after its database commit, while the
     * database takes the next batch.
     */
    private void index(long batch, List<PreparedArticle> articles) {
        awaitIndexing();
        pendingIndex = indexer.submit(() -> {
            for (PreparedArticle p : articles) {
                index.put(p.id(), p.document());
            }
            index.commit(batch);
            return null;
        });
    }

    /** Waits for the batch being indexed; throws if its indexing failed. */
    private void awaitIndexing() {
        if (pendingIndex == null) {
            return;
        }
        try {
            pendingIndex.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArchiveException("interrupted while the search index was written", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw writeFailure("the search index", e.getCause() instanceof Exception ex ? ex
                    : new IllegalStateException(e.getCause()));
        } finally {
            pendingIndex = null;
        }
    }

    private void insertBatch(long batch, int articles, int failures) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("INSERT INTO batches VALUES (?, ?, ?, ?)")) {
            st.setLong(1, batch);
            st.setTimestamp(2, Timestamp.from(Instant.now()));
            st.setInt(3, articles);
            st.setInt(4, failures);
            st.executeUpdate();
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

    /** The ids of a batch that the archive already holds, in one query. */
    private Set<String> held(List<PreparedArticle> articles) throws SQLException {
        Set<String> held = new HashSet<>();
        if (articles.isEmpty()) {
            return held;
        }
        exists.setArray(1, db.createArrayOf("VARCHAR", articles.stream().map(PreparedArticle::id).toArray()));
        try (ResultSet rs = exists.executeQuery()) {
            while (rs.next()) {
                held.add(rs.getString(1));
            }
        }
        return held;
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

    private void clearFailures(List<PreparedArticle> stored) throws SQLException {
        if (stored.isEmpty()) {
            return;
        }
        try (PreparedStatement st = db.prepareStatement(
                "DELETE FROM failures WHERE article_id IN (SELECT unnest(?::VARCHAR[]))")) {
            st.setArray(1, db.createArrayOf("VARCHAR", stored.stream().map(PreparedArticle::id).toArray()));
            st.executeUpdate();
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

    /** Waits until every committed batch is in the search index. */
    public synchronized void flush() {
        awaitIndexing();
    }

    @Override
    public void close() {
        try {
            awaitIndexing();
        } catch (ArchiveException ignored) {
            // The database holds the batch; the next open brings the index up to date.
        }
        indexer.shutdown();
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
