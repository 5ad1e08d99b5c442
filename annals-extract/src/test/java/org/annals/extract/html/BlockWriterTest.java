package org.annals.extract.html;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BlockWriterTest {
    private static List<String> texts(String html) {
        return BlockWriter.write(List.of(Jsoup.parse(html).body())).stream().map(BlockWriter.Block::text).toList();
    }

    @Test
    void paragraphsAndListItemsAreBlocks() {
        assertThat(texts("<p>One <b>bold</b></p><ul><li>Two</li><li>Three</li></ul>"))
                .containsExactly("One bold", "Two", "Three");
    }

    @Test
    void lineBreaksSplitBlocks() {
        assertThat(texts("<div>First line<br>Second line</div>")).containsExactly("First line", "Second line");
    }

    @Test
    void tableRowIsOneBlock() {
        assertThat(texts("<table><tr><td>1</td><td>Kim</td></tr></table>")).containsExactly("1 Kim");
    }

    @Test
    void headingTagKept() {
        assertThat(BlockWriter.write(List.of(Jsoup.parse("<h2>Sub</h2>").body())).get(0).heading()).isTrue();
    }

    @Test
    void linkShareMeasured() {
        assertThat(BlockWriter.write(List.of(Jsoup.parse("<p><a href=/>all link</a></p>").body())).get(0).linkDensity())
                .isEqualTo(1.0);
    }
}
