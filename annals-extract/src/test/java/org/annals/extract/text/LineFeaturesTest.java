package org.annals.extract.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineFeaturesTest {
    @Test
    void fullStopInsideClosingQuoteEndsASentence() {
        assertThat(LineFeatures.of("“We will build it,” she said. “It will open soon.”").terminal()).isTrue();
    }

    @Test
    void headlineDoesNotEndLikeASentence() {
        assertThat(LineFeatures.of("City council approves budget for school repairs").terminal()).isFalse();
    }

    @Test
    void chineseFullStopEndsASentence() {
        assertThat(LineFeatures.of("校长表示，图书馆今后还将向村民开放。").terminal()).isTrue();
    }

    @Test
    void chineseCharactersCountAsWordsInPairs() {
        assertThat(LineFeatures.of("山区小学建成新图书馆").words()).isEqualTo(5);
    }

    @Test
    void titleCaseHasAHighCapitalisedRatio() {
        assertThat(LineFeatures.of("Village School Wins National Chess Championship").capitalisedRatio()).isEqualTo(1.0);
    }

    @Test
    void sentenceBreakInsideTheLineIsSeen() {
        assertThat(LineFeatures.of("The bridge opened. Traffic eased at once").innerSentence()).isTrue();
    }

    @Test
    void thaiWrittenWithoutSpacesStillHasWords() {
        assertThat(LineFeatures.of("กรุงเทพมหานครเปิดสะพานใหม่ข้ามแม่น้ำเจ้าพระยาเมื่อวันอังคารที่ผ่านมา").words()).isGreaterThan(5);
    }

    @Test
    void dandaEndsASentence() {
        assertThat(LineFeatures.of("नगर परिषद ने बजट को मंजूरी दी।").terminal()).isTrue();
    }

    @Test
    void ellipsisMarksACutLineNotASentenceEnd() {
        assertThat(LineFeatures.of("Council approves budget for school rep...").terminal()).isFalse();
    }
}
