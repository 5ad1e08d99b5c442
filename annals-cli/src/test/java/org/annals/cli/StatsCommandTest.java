package org.annals.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class StatsCommandTest {
    @TempDir
    Path dir;

    @Test
    void countsAsJson() throws Exception {
        String data = ArchiveFixture.ingest(dir).toString();
        assertThat(CliRun.of("stats", "--data", data, "--format", "json").out().strip()).isEqualTo(
                "{\"articles\":3,\"entities\":0,\"mentions\":0,\"events\":0,\"quotes\":0,\"stories\":0,"
                        + "\"duplicates\":0,\"failures\":0}");
    }

    @Test
    void aMissingArchiveIsAClearError() {
        CliRun run = CliRun.of("stats", "--data", dir.resolve("none").toString());
        assertThat(run.status()).isEqualTo(ExitCode.INTERNAL);
        assertThat(run.err()).contains("no archive at");
    }
}
