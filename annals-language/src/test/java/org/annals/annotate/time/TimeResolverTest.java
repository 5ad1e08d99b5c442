package org.annals.annotate.time;

import org.annals.model.TimePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class TimeResolverTest {
    private static String value(TimeReading r, String anchor, boolean future) {
        TimeResolver.Resolution res = TimeResolver.resolve(r, TimeAnchor.of(anchor, null), future, null, null);
        return res.value() + "/" + (res.precision() == null ? null : res.precision().label());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            4  | 12 | 2023-05-29 | false | 2023-04-12/day
            12 | 30 | 2024-01-03 | false | 2023-12-30/day
            1  | 1  | 2022-12-30 | false | 2023-01-01/day
            3  | 19 | 2024-02-15 | false | 2024-03-19/day
            5  | 20 | 2024-01-15 | false | 2023-05-20/day
            5  | 20 | 2024-01-15 | true  | 2024-05-20/day
            2  | 29 | 2023-03-01 | false | 2024-02-29/day
            4  | 12 | 2023-05    | false | 2023-04-12/day
            4  | 12 | 2023       | false | 2023-04-12/day
            4  | 12 | --05-29    | false | --04-12/day
            4  | 12 | null       | false | null/null
            """)
    void putsAMonthDayInTheNearestYearPreferringThePast(int month, int day, String anchor, boolean future,
                                                       String expected) {
        assertThat(value(TimeReading.monthDay(month, day), anchor, future)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            9  | 0  | 2024-07-31 | false | 2024-09/month
            4  | 0  | 2024-08-12 | false | 2024-04/month
            4  | 0  | 2024-08-12 | true  | 2025-04/month
            2  | -1 | 2024-05-16 | false | 2024-02/month
            5  | -1 | 2024-05-16 | false | 2023-05/month
            5  | 1  | 2024-05-16 | false | 2025-05/month
            4  | 0  | --08-12    | false | --04/month
            """)
    void putsAMonthInTheNearestYearOrTheOneItsShiftSays(int month, int direction, String anchor, boolean future,
                                                       String expected) {
        assertThat(value(TimeReading.month(month, direction, null), anchor, future)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            3 | 0  | 2024-05-16 | false | 2024-05-15/day
            3 | 0  | 2024-05-16 | true  | 2024-05-22/day
            4 | 0  | 2024-05-16 | true  | 2024-05-16/day
            4 | -1 | 2024-05-16 | false | 2024-05-09/day
            4 | 1  | 2024-05-16 | false | 2024-05-23/day
            3 | 0  | 2024-05    | false | null/null
            """)
    void placesWeekdaysAroundTheAnchor(int weekday, int direction, String anchor, boolean future, String expected) {
        assertThat(value(TimeReading.weekday(weekday, direction), anchor, future)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            DAY     | -1 | 2024-03-01 | 2024-02-29/day
            DAY     | -1 | --03-01    | --02-29/day
            WEEK    | -1 | 2024-01-03 | 2023-W52/week
            WEEK    | 1  | 2024-06-25 | 2024-W27/week
            MONTH   | -1 | 2024-01-10 | 2023-12/month
            QUARTER | -1 | 2024-02-10 | 2023-Q4/quarter
            YEAR    | 1  | 2024-05    | 2025/year
            YEAR    | -1 | --05-16    | null/null
            """)
    void countsUnitsFromTheAnchor(TimePrecision unit, int offset, String anchor, String expected) {
        assertThat(value(TimeReading.relative(unit, offset), anchor, false)).isEqualTo(expected);
    }

    @Test
    void placesQuartersNearTheAnchor() {
        assertThat(value(TimeReading.quarter(3, 0, null), "2023-05-29", false)).isEqualTo("2023-Q3/quarter");
        assertThat(value(TimeReading.quarter(4, 0, null), "2024-02-15", false)).isEqualTo("2023-Q4/quarter");
        assertThat(value(TimeReading.quarter(1, 0, -1), "2024-02-15", false)).isEqualTo("2023-Q1/quarter");
    }

    @Test
    void writesAbsoluteValuesAtTheirPrecision() {
        assertThat(value(TimeReading.absolute(2024, 0, 0), null, false)).isEqualTo("2024/year");
        assertThat(value(TimeReading.absolute(2024, 5, 0), null, false)).isEqualTo("2024-05/month");
        assertThat(value(TimeReading.absoluteQuarter(2024, 1), null, false)).isEqualTo("2024-Q1/quarter");
        assertThat(value(TimeReading.absolute(2024, 5, 16).at(19, 30), null, false))
                .isEqualTo("2024-05-16T19:30/minute");
        assertThat(value(TimeReading.absolute(2024, 5, 16).at(15, -1), null, false)).isEqualTo("2024-05-16T15/hour");
    }

    private static TimeResolver.Resolution day(int year, int month, int day) {
        return new TimeResolver.Resolution(null, TimePrecision.DAY, "published", LocalDate.of(year, month, day));
    }

    @Test
    void datesATimeOfDayByTheLastDayUnlessThatIsAfterAPastAnchor() {
        TimeAnchor anchor = TimeAnchor.of("2024-05-16", null);
        TimeReading clock = TimeReading.clock(10, 30);
        assertThat(TimeResolver.resolve(clock, anchor, false, null, day(2024, 5, 14)).value())
                .isEqualTo("2024-05-14T10:30");
        assertThat(TimeResolver.resolve(clock, anchor, false, null, day(2024, 5, 22)).value())
                .isEqualTo("2024-05-16T10:30");
        assertThat(TimeResolver.resolve(clock, anchor, true, null, day(2024, 5, 22)).value())
                .isEqualTo("2024-05-22T10:30");
    }

    @Test
    void countsANarrativeExpressionFromTheTimeNamedLastWhenPreciseEnough() {
        TimeAnchor anchor = TimeAnchor.of("2024-05-16", null);
        TimeResolver.Resolution quarter = TimeResolver.resolve(TimeReading.absoluteQuarter(2024, 1), anchor, false,
                null, null);
        TimeReading previousQuarter = TimeReading.narrative(TimePrecision.QUARTER, -1);
        assertThat(TimeResolver.resolve(previousQuarter, anchor, false, quarter, null).value()).isEqualTo("2023-Q4");
        TimeResolver.Resolution year = TimeResolver.resolve(TimeReading.absolute(2019, 0, 0), anchor, false, null,
                null);
        assertThat(TimeResolver.resolve(previousQuarter, anchor, false, year, null).value()).isEqualTo("2024-Q1");
        assertThat(TimeResolver.resolve(TimeReading.narrative(TimePrecision.YEAR, -1), anchor, false, year, null)
                .value()).isEqualTo("2018");
    }

    @Test
    void labelsTheAnchorUsed() {
        TimeAnchor anchor = TimeAnchor.of("2024-05-17", "2024-05-16");
        assertThat(TimeResolver.resolve(TimeReading.relative(TimePrecision.DAY, 0), anchor, false, null, null)
                .anchor()).isEqualTo("dateline");
        assertThat(TimeResolver.resolve(TimeReading.absolute(2024, 0, 0), anchor, false, null, null).anchor())
                .isEqualTo("none");
    }
}
