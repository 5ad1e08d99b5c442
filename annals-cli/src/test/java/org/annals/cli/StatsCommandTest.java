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
        String json = CliRun.of("stats", "--data", data, "--format", "json").out().strip();
        assertThat(json).matches("\\{\"articles\":3,\"entities\":\\d+,\"mentions\":\\d+,\"events\":\\d+,"
                + "\"quotes\":\\d+,\"stories\":\\d+,\"duplicates\":0,\"failures\":0}");
    }

    @Test
    void aMissingArchiveIsAClearError() {
        CliRun run = CliRun.of("stats", "--data", dir.resolve("none").toString());
        assertThat(run.status()).isEqualTo(ExitCode.INTERNAL);
        assertThat(run.err()).contains("no archive at");
    }
}
