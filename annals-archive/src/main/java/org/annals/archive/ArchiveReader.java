package org.annals.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The archive opened for reading: the database read-only (so nothing a reader runs can change it)
 * and the search index. Several readers may be open at once, but not while a writer is.
 */
public final class ArchiveReader implements AutoCloseable {
    private final ArchiveLayout layout;
    private final Connection db;
    private ArticleSearcher searcher;

    private ArchiveReader(ArchiveLayout layout, Connection db) {
        this.layout = layout;
        this.db = db;
    }

    /**
     * Opens the archive at {@code dir} for reading.
     *
     * @throws ArchiveException when there is no archive there, it is foreign or damaged, or a writer holds it
     */
    public static ArchiveReader open(Path dir) {
        ArchiveLayout layout = new ArchiveLayout(dir);
        ArchiveMarker.check(layout);
        if (!java.nio.file.Files.exists(layout.database())) {
            throw new ArchiveException("the archive at " + layout.dir() + " has no database yet");
        }
        if (WriterLock.isHeld(layout)) {
            throw new ArchiveException("the archive at " + layout.dir() + " is being written by process "
                    + WriterLock.holder(layout) + "; try again when it has finished");
        }
        return new ArchiveReader(layout, Database.openReadOnly(layout));
    }

    /** The folder's layout. */
    public ArchiveLayout layout() {
        return layout;
    }

    /** The read-only database connection. */
    public Connection database() {
        return db;
    }

    /**
     * Forbids the database access to files outside it (COPY TO, ATTACH, reading other files) for the
     * rest of this reader's life: for SQL typed by a user.
     */
    public void lockDown() throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute("SET enable_external_access = false");
            st.execute("SET lock_configuration = true");
        }
    }

    /** The search index, opened on first use. */
    public synchronized ArticleSearcher searcher() throws IOException {
        if (searcher == null) {
            searcher = new ArticleSearcher(layout.index());
        }
        return searcher;
    }

    /** What the archive holds. */
    public ArchiveStats stats() throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT (SELECT count(*) FROM articles),
                       (SELECT count(DISTINCT canonical_id) FROM entities),
                       (SELECT count(*) FROM mentions),
                       (SELECT count(*) FROM events),
                       (SELECT count(*) FROM quotes),
                       (SELECT count(DISTINCT story_id) FROM articles),
                       (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL),
                       (SELECT count(*) FROM failures)""")) {
            rs.next();
            return new ArchiveStats(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                    rs.getLong(6), rs.getLong(7), rs.getLong(8));
        }
    }

    /** Prepares a query with its parameters set. */
    public PreparedStatement prepare(SqlQuery query) throws SQLException {
        PreparedStatement st = db.prepareStatement(query.sql());
        for (int i = 0; i < query.params().size(); i++) {
            st.setObject(i + 1, query.params().get(i));
        }
        return st;
    }

    @Override
    public void close() {
        if (searcher != null) {
            try {
                searcher.close();
            } catch (IOException ignored) {
                // Read-only: nothing is lost.
            }
        }
        Database.close(db);
    }
}
