package org.annals.archive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WriterLockTest {
    @TempDir
    Path dir;

    @Test
    void holdsTheWritersProcessId() throws Exception {
        ArchiveLayout layout = new ArchiveLayout(dir);
        try (WriterLock lock = WriterLock.acquire(layout)) {
            assertThat(Files.readString(layout.writerLock())).isEqualTo(Long.toString(ProcessHandle.current().pid()));
            assertThat(WriterLock.isHeld(layout)).isTrue();
            assertThatThrownBy(() -> WriterLock.acquire(layout)).isInstanceOf(ArchiveException.class)
                    .hasMessageContaining("process " + ProcessHandle.current().pid());
        }
        assertThat(WriterLock.isHeld(layout)).isFalse();
    }

    @Test
    void aLeftOverFileDoesNotBlock() throws Exception {
        ArchiveLayout layout = new ArchiveLayout(dir);
        Files.writeString(layout.writerLock(), "999999");
        try (WriterLock lock = WriterLock.acquire(layout)) {
            assertThat(WriterLock.holder(layout)).isEqualTo(Long.toString(ProcessHandle.current().pid()));
        }
    }
}
