package org.annals.source;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class FormatSnifferTest {
    private static InputFormat sniff(String content, String name) {
        return FormatSniffer.sniff(content.getBytes(StandardCharsets.UTF_8), true, name);
    }

    @Test
    void warcIsToldByItsVersionLine() {
        assertThat(sniff("WARC/1.1\r\nWARC-Type: warcinfo\r\n", "x.txt")).isEqualTo(InputFormat.WARC);
    }

    @Test
    void feedsAreToldByTheirRootAfterAProlog() {
        assertThat(sniff("\uFEFF<?xml version=\"1.0\"?>\n<rss version=\"2.0\">", "a")).isEqualTo(InputFormat.FEED);
        assertThat(sniff("<?xml version=\"1.0\"?><!-- c --><feed xmlns=\"http://www.w3.org/2005/Atom\">", "a"))
                .isEqualTo(InputFormat.FEED);
        assertThat(sniff("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">", "a"))
                .isEqualTo(InputFormat.FEED);
        assertThat(sniff("<html><body><p>Subscribe to our <rss> feed</p>", "a")).isEqualTo(InputFormat.HTML);
    }

    @Test
    void longPrologsDoNotOverflowTheRegex() {
        assertThat(sniff(" ".repeat(60_000) + "<rss version=\"2.0\">", "a")).isEqualTo(InputFormat.FEED);
        assertThat(sniff("<!-- c -->\n".repeat(5_000) + "<html>", "a")).isEqualTo(InputFormat.HTML);
        assertThat(sniff("<!---->".repeat(9_300) + "<feed>", "a")).isEqualTo(InputFormat.FEED);
    }

    @Test
    void jsonLinesNeedAFirstLineThatIsAnObject() {
        assertThat(sniff("\n{\"text\": \"x\"}\n{\"text\": \"y\"}", "a.txt")).isEqualTo(InputFormat.JSONL);
        assertThat(sniff("{not json at all}\nmore", "a.txt")).isEqualTo(InputFormat.TEXT);
    }

    @Test
    void xmlThatIsNoFeedIsMarkupNotText() {
        assertThat(sniff("<?xml version=\"1.0\"?>\n<newsItem><headline>Ferry resumes</headline></newsItem>", "story.txt"))
                .isEqualTo(InputFormat.HTML);
    }

    @Test
    void htmlByMarkersTextOtherwise() {
        assertThat(sniff("  <div class=\"story\"><p>x</p></div>", "a.txt")).isEqualTo(InputFormat.HTML);
        assertThat(sniff("Release time: Jun 25\n\nBody text.", "a.txt")).isEqualTo(InputFormat.TEXT);
        assertThat(sniff("Body text.", "story.HTM.gz")).isEqualTo(InputFormat.HTML);
    }

    @Test
    void blankIsEmptyAndControlBytesAreBinary() {
        assertThat(sniff(" \n\t\r\n", "a")).isEqualTo(InputFormat.EMPTY);
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0};
        assertThat(FormatSniffer.sniff(elf, true, "a")).isEqualTo(InputFormat.BINARY);
        byte[] controls = new byte[100];
        java.util.Arrays.fill(controls, (byte) 'a');
        for (int i = 0; i < 100; i += 7) {
            controls[i] = 3;
        }
        assertThat(FormatSniffer.sniff(controls, true, "a")).isEqualTo(InputFormat.BINARY);
    }

    @Test
    void utf16HtmlIsHtml() {
        byte[] be = "\uFEFF<html><body>x</body></html>".getBytes(StandardCharsets.UTF_16BE);
        assertThat(FormatSniffer.sniff(be, true, "a")).isEqualTo(InputFormat.HTML);
    }

    @Test
    void extensionIgnoresGz() {
        assertThat(FormatSniffer.extension("dir.v2/page.HTML.gz")).isEqualTo("html");
        assertThat(FormatSniffer.extension("dir.v2/README")).isEmpty();
    }
}
