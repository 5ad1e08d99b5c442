package org.annals.archive;

import java.nio.file.Path;

/**
 * Where everything of one archive folder lives.
 *
 * @param dir the archive folder
 */
public record ArchiveLayout(Path dir) {
    public ArchiveLayout {
        dir = dir.toAbsolutePath().normalize();
    }

    /** {@code annals-archive.json}: says the folder is an archive, and of which format version. */
    public Path marker() {
        return dir.resolve("annals-archive.json");
    }

    /** The DuckDB database: the source of truth. */
    public Path database() {
        return dir.resolve("archive.duckdb");
    }

    /** The Lucene index, derived from the database. */
    public Path index() {
        return dir.resolve("index");
    }

    /** The content-addressed store of raw documents. */
    public Path raw() {
        return dir.resolve("raw");
    }

    /** The lock file a writer holds, with its process id inside. */
    public Path writerLock() {
        return dir.resolve("writer.lock");
    }
}
