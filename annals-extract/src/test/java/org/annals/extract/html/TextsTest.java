package org.annals.extract.html;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextsTest {
    @Test
    void normalizeCollapsesNbspAndNewlines() {
        assertThat(Texts.normalize(" a\u00A0\u00A0b\n\tc\u200B ")).isEqualTo("a b c");
    }

    @Test
    void normalizedLengthMatchesNormalize() {
        String s = "  one\u00A0 two\n three ";
        assertThat(Texts.normalizedLength(s)).isEqualTo(Texts.normalize(s).length());
    }

    @Test
    void commasCountCjkToo() {
        assertThat(Texts.commas("a, b，c、d")).isEqualTo(3);
    }

    @Test
    void boundedStopsAtLimit() {
        String html = "<div>" + "<p>word word word</p>".repeat(1000) + "</div>";
        assertThat(Texts.bounded(Jsoup.parse(html).body(), 50)).hasSizeLessThanOrEqualTo(51);
    }

    @Test
    void boundedSeparatesBlocks() {
        assertThat(Texts.bounded(Jsoup.parse("<p>one</p><p>two</p>").body(), 100)).isEqualTo("one two");
    }

    @Test
    void boundaryBetweenKanaAndLatinBecomesSpace() {
        String s = "ソフト" + Texts.INLINE_BOUNDARY + "KeePass" + Texts.INLINE_BOUNDARY + "の起動";
        assertThat(Texts.resolveBoundaries(s).toString()).isEqualTo("ソフト KeePass の起動");
    }

    @Test
    void boundaryInsideLatinWordVanishes() {
        String s = Texts.INLINE_BOUNDARY + "T" + Texts.INLINE_BOUNDARY + "he";
        assertThat(Texts.resolveBoundaries(s).toString()).isEqualTo("The");
    }
}
