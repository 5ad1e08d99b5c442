package org.annals.extract.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GarbageDetectorTest {
    /** Letters of Greek, Cyrillic, Han, Armenian and Latin Extended-B jammed together, as mis-decoding prints. */
    private static final String MIXED = "ξҢ岸ժȬοҡ籵ϥѾƍկΨшɣ鏮ѫթǂλ";

    @Test
    void jammedScriptsAreGarbage() {
        assertThat(GarbageDetector.isGarbage(MIXED + MIXED)).isTrue();
    }

    @Test
    void garbageWithAHeadlineInsideIsStillMostlyGarbage() {
        assertThat(GarbageDetector.isGarbage(MIXED + MIXED + "Harbour city opens terminal" + MIXED + MIXED)).isTrue();
    }

    @Test
    void englishProseIsNotGarbage() {
        assertThat(GarbageDetector.isGarbage("The terminal on the eastern pier can handle twelve thousand passengers a day.")).isFalse();
    }

    @Test
    void japaneseMixingKanaAndKanjiIsNotGarbage() {
        assertThat(GarbageDetector.isGarbage("東京都は新しい図書館を来月開くと発表した。")).isFalse();
    }

    @Test
    void chineseWithAnEnglishNameIsNotGarbage() {
        assertThat(GarbageDetector.isGarbage("该公司发布了新款 Phoenix 手机，售价三千元。")).isFalse();
    }

    @Test
    void vietnameseIsNotGarbage() {
        assertThat(GarbageDetector.isGarbage("Thành phố mở bến phà mới để giảm ùn tắc giao thông.")).isFalse();
    }

    @Test
    void longRunOfHanWithoutChinesePunctuationIsGarbage() {
        StringBuilder soup = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            soup.appendCodePoint(0x4E00 + i * 331);
        }
        assertThat(GarbageDetector.isGarbage(soup + " Harbour city opens terminal")).isTrue();
    }

    @Test
    void punctuatedChineseProseIsNotGarbage() {
        assertThat(GarbageDetector.isGarbage("临江县山区的一所小学日前建成了新图书馆，藏书超过一万册，全校三百多名学生每周都可以在这里上阅读课，"
                + "校长表示，图书馆由当地企业和村民共同捐建，今后还将向村民开放。")).isFalse();
    }

    @Test
    void latinOneSymbolsGluedToLettersAreGarbage() {
        assertThat(GarbageDetector.isGarbage("Ãµ¹Ø½»Íâ¸´»Ö²¼Ðû»°¶ÐÐ¾ÙÄÉËþË¹°¢")).isTrue();
    }
}
