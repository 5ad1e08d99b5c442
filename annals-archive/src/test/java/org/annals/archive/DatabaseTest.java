package org.annals.archive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void aReadOnlyConnectionCannotWrite() throws Exception {
        ArchiveLayout layout = new ArchiveLayout(dir);
        try (Connection db = Database.openWritable(layout); Statement st = db.createStatement()) {
            st.execute("CREATE TABLE t (x INTEGER)");
        }
        try (Connection db = Database.openReadOnly(layout); Statement st = db.createStatement()) {
            assertThatThrownBy(() -> st.execute("INSERT INTO t VALUES (1)")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("read-only");
        }
    }

    @Test
    void readsTheProcessIdFromDuckDbsLockConflict() {
        assertThat(Database.lockHolder("IO Error: Could not set lock on file \"/a/archive.duckdb\": Conflicting lock "
                + "is held in /usr/lib/jvm/bin/java (PID 4242) by user ann. See also https://duckdb.org/docs"))
                .isEqualTo("4242");
        assertThat(Database.lockHolder("IO Error: Could not set lock on file: Resource temporarily unavailable")).isNull();
    }

    @Test
    void oldNativeLeftoversAreRemovedAndFreshOnesKept() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path old = Files.createTempFile(tmp, "libduckdb_java", ".so");
        Path fresh = Files.createTempFile(tmp, "libduckdb_java", ".so");
        try {
            Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Database.NATIVE_LEFTOVER_AGE.multipliedBy(2))));
            Database.removeNativeLeftovers();
            assertThat(old).doesNotExist();
            assertThat(fresh).exists();
        } finally {
            Files.deleteIfExists(old);
            Files.deleteIfExists(fresh);
        }
    }
}
