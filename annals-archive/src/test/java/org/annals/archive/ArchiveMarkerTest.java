package org.annals.archive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArchiveMarkerTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyFolderBecomesAnArchive() throws Exception {
        ArchiveLayout layout = new ArchiveLayout(dir.resolve("new"));
        ArchiveMarker.createOrCheck(layout);
        assertThat(Files.readString(layout.marker())).contains("\"format\" : \"annals-archive\"", "\"version\" : 1");
        ArchiveMarker.check(layout);
    }

    @Test
    void anotherFormatIsRefused() throws Exception {
        Files.writeString(dir.resolve("annals-archive.json"), "{\"format\":\"something-else\",\"version\":1}");
        assertThatThrownBy(() -> ArchiveMarker.createOrCheck(new ArchiveLayout(dir)))
                .isInstanceOf(ArchiveException.class).hasMessageContaining("another format");
    }

    @Test
    void aNewerVersionIsRefused() throws Exception {
        Files.writeString(dir.resolve("annals-archive.json"), "{\"format\":\"annals-archive\",\"version\":99}");
        assertThatThrownBy(() -> ArchiveMarker.check(new ArchiveLayout(dir)))
                .isInstanceOf(ArchiveException.class).hasMessageContaining("version 99");
    }

    @Test
    void aDamagedMarkerIsRefused() throws Exception {
        Files.writeString(dir.resolve("annals-archive.json"), "{\"format\":");
        assertThatThrownBy(() -> ArchiveMarker.check(new ArchiveLayout(dir)))
                .isInstanceOf(ArchiveException.class).hasMessageContaining("damaged");
    }

    @Test
    void aFolderWithOtherFilesIsRefused() throws Exception {
        Files.writeString(dir.resolve("thesis.docx"), "x");
        assertThatThrownBy(() -> ArchiveMarker.createOrCheck(new ArchiveLayout(dir)))
                .isInstanceOf(ArchiveException.class).hasMessageContaining("not empty");
        assertThat(dir.resolve("annals-archive.json")).doesNotExist();
    }
}
