package org.annals.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ExportCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesTheArticlesAsJsonLines() throws Exception {
        String data = ArchiveFixture.ingest(dir).toString();
        Path out = dir.resolve("all.jsonl");
        CliRun run = CliRun.of("export", "--data", data, "--format", "jsonl", "--out", out.toString());
        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("exported 3 articles");
        assertThat(Files.readAllLines(out)).hasSize(3).allMatch(l -> l.startsWith("{\"id\":"));
    }

    @Test
    void needsAFormat() {
        assertThat(CliRun.of("export", "--out", dir.resolve("x").toString()).status()).isEqualTo(ExitCode.USAGE);
    }
}
