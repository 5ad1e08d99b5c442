package org.annals.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SearchCommandTest {
    @TempDir
    static Path dir;
    private static String data;

    @BeforeAll
    static void archive() throws Exception {
        data = ArchiveFixture.ingest(dir).toString();
    }

    @Test
    void printsJsonRowsWithSnippets() {
        CliRun run = CliRun.of("search", "--data", data, "--format", "jsonl", "ferry");
        assertThat(run.status()).isZero();
        assertThat(run.out().strip().lines()).hasSize(1).allMatch(l -> l.contains("\"title\":\"Storm halts island ferry\"")
                && l.contains("<b>ferry</b>") && l.contains("\"score\":"));
    }

    @Test
    void printsATable() {
        assertThat(CliRun.of("search", "--data", data, "harbour").out()).contains("Maritime museum", "file:");
    }

    @Test
    void rejectsAWrongDate() {
        assertThat(CliRun.of("search", "--data", data, "--from", "March", "x").status()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void filtersByMonth() {
        assertThat(CliRun.of("search", "--data", data, "--format", "jsonl", "--from", "2024-03", "--to", "2024-03",
                "harbour").out().strip().lines()).hasSize(3);
        assertThat(CliRun.of("search", "--data", data, "--from", "2025", "harbour").out().strip())
                .isEqualTo("0 articles found");
    }

    @Test
    void pagesWithAnOffsetAndCountsEveryMatch() {
        String all = CliRun.of("search", "--data", data, "--format", "jsonl", "harbour").out();
        String second = CliRun.of("search", "--data", data, "--format", "jsonl", "--offset", "1", "--limit", "1",
                "harbour").out();
        assertThat(second.strip().lines()).containsExactly(all.strip().lines().toList().get(1));
        assertThat(CliRun.of("search", "--data", data, "--offset", "1", "--limit", "1", "harbour").out())
                .contains("hits 2–2 of 3");
        assertThat(CliRun.of("search", "--data", data, "--offset", "-1", "x").status()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void filtersByOutlet() {
        assertThat(CliRun.of("search", "--data", data, "--format", "jsonl", "--outlet", "nowhere.example", "harbour")
                .out()).isEmpty();
    }
}
