package org.annals.annotate.time;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimeTokenTest {
    private static TimeToken token(String text, TimeToken.Kind kind) {
        return TimeToken.of(text, 0, text.length(), kind);
    }

    @Test
    void readsPlainDigitsOnly() {
        assertThat(token("2024", TimeToken.Kind.NUMBER).digits()).isEqualTo(2024);
        assertThat(token("2,000", TimeToken.Kind.NUMBER).digits()).isEqualTo(-1);
        assertThat(token("1234567890", TimeToken.Kind.NUMBER).digits()).isEqualTo(-1);
    }

    @Test
    void knowsCapitalisedWords() {
        assertThat(token("May", TimeToken.Kind.WORD).capitalised()).isTrue();
        assertThat(token("may", TimeToken.Kind.WORD).capitalised()).isFalse();
    }

    @Test
    void comparesIgnoringCase() {
        assertThat(token("TODAY", TimeToken.Kind.WORD).is("today")).isTrue();
    }
}
