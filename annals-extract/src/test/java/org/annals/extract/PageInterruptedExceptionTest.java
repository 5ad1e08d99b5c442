package org.annals.extract;

import org.annals.extract.html.HtmlPageExtractor;
import org.annals.extract.text.TextPageExtractor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageInterruptedExceptionTest {
    private static final String PAGE = "<html><body><article><p>Harbour officials reopened the quay on Sunday.</p>"
            + "<p>Ferries return on Monday.</p></article></body></html>";

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void interruptedHtmlExtractionStops() {
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> new HtmlPageExtractor().extract(PAGE, null))
                .isInstanceOf(PageInterruptedException.class);
    }

    @Test
    void interruptedTextExtractionStops() {
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> new TextPageExtractor().extract("Harbour reopens\n\nFerries return on Monday.\n", null))
                .isInstanceOf(PageInterruptedException.class);
    }
}
