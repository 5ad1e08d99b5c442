package org.annals.annotate.time;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QualifiersTest {
    @Test
    void readsQualifiersBeforeAnExpression() {
        assertThat(Qualifiers.prefix(TokenSequence.of("mid-January"), 0)).isEqualTo(new Qualifiers.Prefix(2, false));
        assertThat(Qualifiers.prefix(TokenSequence.of("early 2025"), 0)).isEqualTo(new Qualifiers.Prefix(1, false));
        assertThat(Qualifiers.prefix(TokenSequence.of("the end of 2024"), 0))
                .isEqualTo(new Qualifiers.Prefix(3, false));
        assertThat(Qualifiers.prefix(TokenSequence.of("the evening of May 16"), 0))
                .isEqualTo(new Qualifiers.Prefix(3, true));
        assertThat(Qualifiers.prefix(TokenSequence.of("the rest of May"), 0)).isNull();
        assertThat(Qualifiers.prefix(TokenSequence.of("early"), 0)).isNull();
    }

    @Test
    void readsThePeriodOfTheAnchorAfterAQualifier() {
        TimeMatch m = Qualifiers.periodOfAnchor(TokenSequence.of("the end of the year"), 0, 3);
        assertThat(m.end()).isEqualTo(5);
        assertThat(m.reading().unit().label()).isEqualTo("year");
        assertThat(Qualifiers.periodOfAnchor(TokenSequence.of("the end of the years"), 0, 3)).isNull();
    }

    @Test
    void widensADayOverAPartOfTheDay() {
        TokenSequence ts = TokenSequence.of("Saturday afternoon");
        TimeMatch day = new TimeMatch(0, 1, TimeReading.weekday(6, 0));
        assertThat(Qualifiers.withPartOfDay(ts, day).end()).isEqualTo(2);
        TimeMatch month = new TimeMatch(0, 1, TimeReading.month(5, 0, null));
        assertThat(Qualifiers.withPartOfDay(TokenSequence.of("May evening"), month).end()).isEqualTo(1);
    }
}
