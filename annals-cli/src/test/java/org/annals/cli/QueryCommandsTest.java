package org.annals.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** events, quotes, timeline and failures on an archive without language layers: headers, no rows. */
class QueryCommandsTest {
    @TempDir
    static Path dir;
    private static String data;

    @BeforeAll
    static void archive() throws Exception {
        data = ArchiveFixture.ingest(dir).toString();
    }

    @Test
    void eventsPrintsItsColumns() {
        CliRun run = CliRun.of("events", "--data", data, "--category", "CONSULT", "--from", "2024");
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("date").contains("category", "actors", "recipients", "evidence");
    }

    @Test
    void quotesPrintsItsColumns() {
        assertThat(CliRun.of("quotes", "--data", data, "--speaker", "Ana Ruiz").out()).contains("speaker", "cue");
    }

    @Test
    void timelineAsJsonLinesIsEmpty() {
        CliRun run = CliRun.of("timeline", "--data", data, "--format", "jsonl", "Ana Ruiz");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEmpty();
    }

    @Test
    void failuresIsEmptyForACleanArchive() {
        assertThat(CliRun.of("failures", "--data", data, "--format", "jsonl").out()).isEmpty();
    }
}
