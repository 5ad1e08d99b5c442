package org.annals.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ReprocessCommandTest {
    @TempDir
    Path dir;

    @Test
    void redoesEveryArticleFromTheRawStore() throws Exception {
        String data = ArchiveFixture.ingest(dir).toString();
        CliRun run = CliRun.of("reprocess", "--data", data);
        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("reprocessed 3 articles").contains("0 kept their old analysis");
        assertThat(CliRun.of("stats", "--data", data, "--format", "json").out()).contains("\"articles\":3");
    }
}
