package org.annals.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArchiveCommandTest {
    @Test
    void datesMayBeYearsOrMonths() {
        CliRun run = CliRun.of("search", "--data", "/nonexistent-annals", "--from", "2024-02", "--to", "2024-02", "x");
        // The dates parse; the missing archive is what stops the command.
        assertThat(run.status()).isEqualTo(ExitCode.INTERNAL);
        assertThat(run.err()).contains("no archive at");
    }

    @Test
    void aDayThatDoesNotExistIsAUsageError() {
        assertThat(CliRun.of("search", "--from", "2024-02-30", "x").status()).isEqualTo(ExitCode.USAGE);
    }
}
