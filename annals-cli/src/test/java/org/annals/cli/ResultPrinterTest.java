package org.annals.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResultPrinterTest {
    @Test
    void cellsAreOneLineAndCut() throws Exception {
        assertThat(ResultPrinter.cell("a\nb")).isEqualTo("a b");
        assertThat(ResultPrinter.cell("x".repeat(100))).hasSize(ResultPrinter.CELL_CHARS).endsWith("…");
        assertThat(ResultPrinter.cell(null)).isEmpty();
    }
}
