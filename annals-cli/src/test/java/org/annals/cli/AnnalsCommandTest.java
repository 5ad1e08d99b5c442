package org.annals.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnnalsCommandTest {
    @Test
    void helpListsEveryCommandWithOneLine() {
        assertThat(CliRun.of("--help").out()).contains("extract ", "eval ", "serve ", "demo ");
    }

    @Test
    void versionNamesTheProgram() {
        assertThat(CliRun.of("--version").out()).startsWith("annals ");
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertThat(CliRun.of("frobnicate").status()).isEqualTo(ExitCode.USAGE);
    }
}
