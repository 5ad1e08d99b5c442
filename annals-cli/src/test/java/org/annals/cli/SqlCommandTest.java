package org.annals.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SqlCommandTest {
    @TempDir
    static Path dir;
    private static String data;

    @BeforeAll
    static void archive() throws Exception {
        data = ArchiveFixture.ingest(dir).toString();
    }

    @Test
    void printsRowsAsJson() {
        assertThat(CliRun.of("sql", "--data", data, "--format", "jsonl",
                "SELECT count(*) AS n, min(published_date) AS day FROM articles").out().strip())
                .isEqualTo("{\"n\":3,\"day\":\"2024-03-04\"}");
    }

    @Test
    void refusesToWrite() {
        CliRun run = CliRun.of("sql", "--data", data, "DROP TABLE articles");
        assertThat(run.status()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("read-only");
    }

    @Test
    void refusesToTouchFiles() {
        CliRun run = CliRun.of("sql", "--data", data, "COPY articles TO '" + dir.resolve("leak.csv") + "'");
        assertThat(run.status()).isEqualTo(ExitCode.USAGE);
        assertThat(dir.resolve("leak.csv")).doesNotExist();
    }
}
