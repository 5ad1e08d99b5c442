package org.annals.archive;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Opens the archive's DuckDB database with bounded memory and threads, and explains failures to open it. */
final class Database {
    /** DuckDB's own buffer limit; the JVM heap is separate. */
    static final String MEMORY_LIMIT = "512MB";

    /** Extracted copies of DuckDB's native library older than this are left-overs, never still loading. */
    static final java.time.Duration NATIVE_LEFTOVER_AGE = java.time.Duration.ofMinutes(10);
    private static final Pattern LOCK_HOLDER = Pattern.compile("\\(PID (\\d{1,10})\\)");

    private Database() {
    }

    /**
     * Deletes copies of DuckDB's native library that killed processes left in the temporary folder.
     * The driver unpacks its 60 MB library there on every start and deletes it on a clean exit
     * only, so every kill -9 would leak one. A library already loaded by a live process stays
     * mapped after deletion (POSIX), and a copy older than {@link #NATIVE_LEFTOVER_AGE} is past loading.
     */
    static void removeNativeLeftovers() {
        java.nio.file.Path tmp = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
        java.time.Instant cutoff = java.time.Instant.now().minus(NATIVE_LEFTOVER_AGE);
        try (var files = java.nio.file.Files.newDirectoryStream(tmp, "libduckdb_java*.so")) {
            for (java.nio.file.Path f : files) {
                try {
                    if (java.nio.file.Files.getLastModifiedTime(f).toInstant().isBefore(cutoff)) {
                        java.nio.file.Files.deleteIfExists(f);
                    }
                } catch (java.io.IOException ignored) {
                    // Another user's file, or gone already: not ours to insist on.
                }
            }
        } catch (java.io.IOException | RuntimeException ignored) {
            // Housekeeping only.
        }
    }

    /** A read-write connection; the caller holds the writer lock. */
    static Connection openWritable(ArchiveLayout layout) {
        return open(layout, false);
    }

    /** A read-only connection: any statement that would change the archive fails. */
    static Connection openReadOnly(ArchiveLayout layout) {
        return open(layout, true);
    }

    private static Connection open(ArchiveLayout layout, boolean readOnly) {
        if (!readOnly) {
            removeNativeLeftovers();
        }
        Properties props = new Properties();
        if (readOnly) {
            props.setProperty("duckdb.read_only", "true");
        }
        Connection db;
        try {
            db = DriverManager.getConnection("jdbc:duckdb:" + layout.database(), props);
        } catch (SQLException e) {
            throw explain(layout, e, readOnly);
        }
        try (Statement st = db.createStatement()) {
            st.execute("SET memory_limit = '" + MEMORY_LIMIT + "'");
            st.execute("SET threads = 2");
            if (!readOnly) {
                // Spills stay inside the archive folder, on the disk the user chose for it.
                st.execute("SET temp_directory = '" + layout.dir().resolve("tmp").toString().replace("'", "''") + "'");
            }
        } catch (SQLException e) {
            close(db);
            throw new ArchiveException("cannot set up the archive's database: " + oneLine(e), e);
        }
        return db;
    }

    private static ArchiveException explain(ArchiveLayout layout, SQLException e, boolean readOnly) {
        String message = oneLine(e);
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("lock")) {
            // A writer holds the writer lock itself, so only a reader asks who holds it.
            if (readOnly && WriterLock.isHeld(layout)) {
                return new ArchiveException("the archive at " + layout.dir() + " is being written by process "
                        + WriterLock.holder(layout) + "; try again when it has finished", e);
            }
            if (!readOnly) {
                // Past the writer lock, only readers remain: DuckDB names the process holding the file.
                String pid = lockHolder(message);
                return new ArchiveException("the archive at " + layout.dir() + " is open in another process ("
                        + (pid == null ? "" : "PID " + pid + ", ") + "e.g. annals serve); stop it or ingest "
                        + "through the server with --token", e);
            }
            return new ArchiveException("the archive at " + layout.dir() + " is in use by another process: "
                    + message, e);
        }
        if (lower.contains("read-only") || lower.contains("permission denied")) {
            return new ArchiveException("cannot write to the archive at " + layout.dir()
                    + ": the folder is read-only or not ours to write", e);
        }
        return new ArchiveException("cannot open the archive's database " + layout.database() + ": " + message, e);
    }

    /**
     * The process id in DuckDB's lock-conflict message ("Conflicting lock is held in /usr/bin/java
     * (PID 4242) by user …"), or null when the message names none.
     */
    static String lockHolder(String duckDbMessage) {
        Matcher m = LOCK_HOLDER.matcher(duckDbMessage);
        return m.find() ? m.group(1) : null;
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }

    static void close(Connection db) {
        try {
            db.close();
        } catch (SQLException ignored) {
            // Closing after a failure: the first problem is the one to report.
        }
    }
}
