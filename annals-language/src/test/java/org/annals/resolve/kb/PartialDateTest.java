package org.annals.resolve.kb;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PartialDateTest {
    @Test
    void yearMonthAndDaySpanTheirWholePeriod() {
        PartialDate year = PartialDate.parse("2024").orElseThrow();
        PartialDate month = PartialDate.parse("2024-02").orElseThrow();
        PartialDate day = PartialDate.parse(" 2024-02-29 ").orElseThrow();
        assertThat(year.first()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(year.last()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(month.last()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(day.first()).isEqualTo(day.last());
        assertThat(year).hasToString("2024");
        assertThat(month).hasToString("2024-02");
        assertThat(day).hasToString("2024-02-29");
    }

    @Test
    void invalidDatesAreRefused() {
        assertThat(PartialDate.parse("2023-02-29")).isEmpty();
        assertThat(PartialDate.parse("2023-13")).isEmpty();
        assertThat(PartialDate.parse("May 2023")).isEmpty();
        assertThat(PartialDate.parse("")).isEmpty();
    }

    @Test
    void orderedByFirstDayThenLastDay() {
        PartialDate day = PartialDate.parse("2024-01-01").orElseThrow();
        PartialDate year = PartialDate.parse("2024").orElseThrow();
        PartialDate february = PartialDate.parse("2024-02").orElseThrow();
        assertThat(day).isLessThan(year);
        assertThat(year).isLessThan(february);
    }
}
