package org.annals.annotate.time;

import org.annals.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenSequenceTest {
    @Test
    void endsASentenceAtAFullStopBeforeACapital() {
        TokenSequence ts = TokenSequence.of("Rain fell. Roads closed.");
        assertThat(ts.within(0, 1)).isTrue();
        assertThat(ts.within(0, 3)).isFalse();
    }

    @Test
    void keepsAnAbbreviationDotInsideTheSentence() {
        TokenSequence ts = TokenSequence.of("on Oct. 12 it rained");
        assertThat(ts.within(0, 3)).isTrue();
    }

    @Test
    void endsASentenceAtALineBreak() {
        TokenSequence ts = TokenSequence.of("Headline\nBody");
        assertThat(ts.within(0, 1)).isFalse();
        assertThat(ts.startsParagraph(1)).isFalse();
    }

    @Test
    void marksParagraphsAtBlankLines() {
        assertThat(TokenSequence.of("One.\n\nTwo").startsParagraph(2)).isTrue();
    }

    @Test
    void usesGivenSentences() {
        TokenSequence ts = TokenSequence.of("a b c d", List.of(new Span(0, 3), new Span(4, 7)));
        assertThat(ts.within(0, 1)).isTrue();
        assertThat(ts.within(1, 2)).isFalse();
    }

    @Test
    void knowsAttachedTokens() {
        TokenSequence ts = TokenSequence.of("16th 3 pm");
        assertThat(ts.attached(1)).isTrue();
        assertThat(ts.attached(3)).isFalse();
        assertThat(ts.is(0, 3, "pm")).isTrue();
    }
}
