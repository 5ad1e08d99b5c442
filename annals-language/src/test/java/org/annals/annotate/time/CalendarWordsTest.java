package org.annals.annotate.time;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarWordsTest {
    private static TimeToken word(String text) {
        return TimeToken.of(text, 0, text.length(), TimeToken.Kind.WORD);
    }

    @Test
    void takesOnlyCapitalisedMonths() {
        assertThat(CalendarWords.month(word("May"))).isEqualTo(5);
        assertThat(CalendarWords.month(word("may"))).isZero();
        assertThat(CalendarWords.month(word("MARCH"))).isEqualTo(3);
    }

    @Test
    void knowsAbbreviationsApartFromFullNames() {
        assertThat(CalendarWords.month(word("Sept"))).isZero();
        assertThat(CalendarWords.monthOrAbbreviation(word("Sept"))).isEqualTo(9);
    }

    @Test
    void numbersWeekdaysFromMonday() {
        assertThat(CalendarWords.weekday(word("Monday"))).isEqualTo(1);
        assertThat(CalendarWords.weekday(word("Sunday"))).isEqualTo(7);
        assertThat(CalendarWords.weekday(word("Sun"))).isZero();
    }

    @Test
    void countsInDigitsAndWords() {
        assertThat(CalendarWords.count(word("three"))).isEqualTo(3);
        assertThat(CalendarWords.count(TimeToken.of("12", 0, 2, TimeToken.Kind.NUMBER))).isEqualTo(12);
        assertThat(CalendarWords.count(word("several"))).isZero();
    }

    @Test
    void readsQuarterOrdinals() {
        assertThat(CalendarWords.quarterOrdinal(word("third"))).isEqualTo(3);
        assertThat(CalendarWords.quarterOrdinal(word("fifth"))).isZero();
    }

    @Test
    void letsOnlyPossibleFirstWordsStartAnExpression() {
        assertThat(CalendarWords.mayStart(word("yesterday"))).isTrue();
        assertThat(CalendarWords.mayStart(word("three"))).isTrue();
        assertThat(CalendarWords.mayStart(word("Anything"))).isTrue();
        assertThat(CalendarWords.mayStart(word("troops"))).isFalse();
    }

    @Test
    void knowsCuesAndPrepositions() {
        assertThat(CalendarWords.isFutureCue(word("will"))).isTrue();
        assertThat(CalendarWords.isFutureCue(word("said"))).isFalse();
        assertThat(CalendarWords.isTimePreposition(word("since"))).isTrue();
        assertThat(CalendarWords.isWeakTimePreposition(word("for"))).isTrue();
        assertThat(CalendarWords.isTimePreposition(word("to"))).isFalse();
        assertThat(CalendarWords.isPartOfDay(word("evening"))).isTrue();
        assertThat(CalendarWords.isDeterminer(word("the"))).isTrue();
        assertThat(CalendarWords.isHolidayPrefix(word("Black"))).isTrue();
        assertThat(CalendarWords.isEventNoun(word("election"))).isTrue();
        assertThat(CalendarWords.isEventNoun(word("troops"))).isFalse();
        assertThat(CalendarWords.isOrdinalSuffix(word("th"))).isTrue();
    }
}
