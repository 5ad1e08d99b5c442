package org.annals.serve;

import org.annals.archive.ArchiveException;
import org.annals.archive.ArchiveReader;
import org.annals.archive.ArchiveWriter;
import org.annals.archive.ArticleProcessor;
import org.annals.archive.ArticleSearcher;
import org.annals.archive.Ingest;
import org.annals.archive.IngestProgress;
import org.annals.source.Sources;
import org.duckdb.DuckDBConnection;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The archive as the server holds it: read-only, through a small pool of database connections and
 * the shared search index. DuckDB lets one process open a database read-write only while no other
 * connection (read-only or not) has it open, so an ingest over HTTP takes the write lock, waits
 * for the reads in flight, closes the reader, opens the {@link ArchiveWriter} (taking the archive's
 * writer lock), stores the pages, closes it and reopens the reader. Reads wait meanwhile; a posted
 * page is small, so the pause is short.
 */
final class ServedArchive implements AutoCloseable {
    /** Connections in the pool: DuckDB runs queries of one connection one at a time. */
    static final int CONNECTIONS = 4;

    /** How long a request waits for a free connection before it is refused. */
    static final Duration BORROW_TIMEOUT = Duration.ofSeconds(10);

    /** Work done with a connection and the searcher. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection db, ArticleSearcher searcher) throws SQLException, IOException;
    }

    private final Path dir;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
    private ArchiveReader reader;
    private BlockingQueue<Connection> pool;
    private List<Connection> connections;

    ServedArchive(Path dir) {
        this.dir = dir;
        open();
    }

    private void open() {
        ArchiveReader r = ArchiveReader.open(dir);
        List<Connection> made = new ArrayList<>();
        try {
            made.add(r.database());
            for (int i = 1; i < CONNECTIONS; i++) {
                made.add(((DuckDBConnection) r.database()).duplicate());
            }
            r.searcher();
        } catch (SQLException | IOException | RuntimeException e) {
            closeAll(made.subList(1, made.size()));
            r.close();
            if (e instanceof ArchiveException ae) {
                throw ae;
            }
            throw new ArchiveException("cannot open the archive at " + dir + ": " + e.getMessage(), e);
        }
        reader = r;
        connections = made;
        pool = new ArrayBlockingQueue<>(CONNECTIONS, false, made);
    }

    /** Runs read-only work on a pooled connection. */
    <T> T read(Work<T> work) throws SQLException, IOException {
        lock.readLock().lock();
        try {
            if (reader == null) {
                throw new ApiException(503, "the archive is not open");
            }
            Connection db;
            try {
                db = pool.poll(BORROW_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ApiException(503, "interrupted");
            }
            if (db == null) {
                throw new ApiException(503, "the server is busy; try again");
            }
            try {
                return work.run(db, reader.searcher());
            } finally {
                pool.add(db);
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Stores posted page(s) through the same pipeline as {@code annals ingest}: the reader is
     * closed, the writer opened and closed, and the reader reopened, all under the write lock.
     */
    IngestProgress ingest(byte[] body, ArticleProcessor processor, Duration pageTimeout) {
        lock.writeLock().lock();
        try {
            closeReader();
            try (ArchiveWriter writer = ArchiveWriter.open(dir)) {
                Ingest ingest = new Ingest(writer, new Sources(new ByteArrayInputStream(body)), processor, 1,
                        pageTimeout);
                return ingest.run(List.of("-"), p -> { });
            } finally {
                open();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void closeReader() {
        if (reader != null) {
            closeAll(connections.subList(1, connections.size()));
            reader.close();
            reader = null;
            connections = List.of();
            pool = new ArrayBlockingQueue<>(1);
        }
    }

    private static void closeAll(List<Connection> list) {
        for (Connection c : list) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // Read-only: nothing is lost.
            }
        }
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            closeReader();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
