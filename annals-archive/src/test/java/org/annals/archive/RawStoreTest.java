package org.annals.archive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class RawStoreTest {
    @TempDir
    Path dir;

    @Test
    void givesBackWhatItStoredUnderItsHash() throws Exception {
        RawStore store = new RawStore(dir);
        byte[] bytes = "Harbour bridge reopens".getBytes(StandardCharsets.UTF_8);
        String sha = store.put(bytes);
        assertThat(sha).isEqualTo(RawStore.sha256(bytes));
        assertThat(store.get(sha)).isEqualTo(bytes);
        assertThat(dir.resolve(sha.substring(0, 2)).resolve(sha.substring(2) + ".gz")).exists();
    }

    @Test
    void storesTheSameBytesOnce() throws Exception {
        RawStore store = new RawStore(dir);
        store.put(new byte[]{1, 2, 3});
        store.put(new byte[]{1, 2, 3});
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(p -> p.toString().endsWith(".gz"))).hasSize(1);
        }
    }

    @Test
    void removesPartsLeftByAKilledRun() throws Exception {
        RawStore store = new RawStore(dir);
        Files.createDirectories(dir.resolve("tmp"));
        Files.write(dir.resolve("tmp/abc.part"), new byte[]{9});
        store.removeLeftovers();
        assertThat(dir.resolve("tmp/abc.part")).doesNotExist();
    }
}
