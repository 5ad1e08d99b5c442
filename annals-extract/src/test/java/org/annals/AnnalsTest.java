package org.annals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AnnalsTest {
    private static final String HTML = "<html><head><title>Quay reopens</title></head><body><nav><a href=/>Home</a>"
            + "</nav><article><h1>Quay reopens</h1><p>Harbour officials reopened the northern quay on Sunday after a "
            + "month of repairs to the sea wall, which winter storms had damaged.</p><p>Ferries will use it again "
            + "from Monday, the port authority said.</p></article></body></html>";

    @TempDir
    Path dir;

    @Test
    void extractsAnHtmlPage() {
        assertThat(Annals.extractHtml(HTML, "https://news.example.org/quay").text())
                .startsWith("Harbour officials reopened the northern quay");
    }

    @Test
    void extractsATextPage() {
        assertThat(Annals.extractText("Quay reopens\n\nRelease time:Mar 03, 2024 09:15 AM\n\nHarbour officials "
                + "reopened the northern quay on Sunday after a month of repairs.\n", null).published())
                .isEqualTo("2024-03-03T09:15");
    }

    @Test
    void extractsEveryFileOfADirectory() throws IOException {
        Files.writeString(dir.resolve("a.html"), HTML);
        Files.writeString(dir.resolve("b.txt"), "");
        Annals.Extraction extraction = Annals.extract(dir);
        assertThat(extraction.articles().size() + ":" + extraction.failures().size()).isEqualTo("1:1");
    }
}
