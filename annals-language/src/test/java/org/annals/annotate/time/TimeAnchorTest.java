package org.annals.annotate.time;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TimeAnchorTest {
    private static String describe(TimeAnchor a) {
        return a.year() + "/" + a.month() + "/" + a.day() + "/" + a.source();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            2024-05-17T06:10+08:00 | null          | 2024/5/17/published
            2024-05-17T06:10       | 2024-05-16    | 2024/5/16/dateline
            2024-01-01T01:00       | 2023-12-31    | 2024/1/1/published
            2024-05                | null          | 2024/5/null/published
            2024                   | null          | 2024/null/null/published
            --11-26T10:02          | null          | null/11/26/published
            --05-16                | 2024-05-15    | 2024/5/15/dateline
            2024-05-17             | --05-16       | 2024/5/16/dateline
            2024-01-02             | --12-31       | 2023/12/31/dateline
            null                   | 2024-06-25    | 2024/6/25/dateline
            null                   | null          | null/null/null/null
            yesterday              | null          | null/null/null/null
            2024-13-01             | null          | 2024/null/null/published
            2023-02-30             | null          | 2023/2/null/published
            """)
    void prefersTheDatelineWhenItAgreesInYear(String published, String dateline, String expected) {
        assertThat(describe(TimeAnchor.of(published, dateline))).isEqualTo(expected);
    }

    @Test
    void givesADateOnlyWhenYearMonthAndDayAreKnown() {
        assertThat(TimeAnchor.of("2024-05-17", null).date()).hasToString("2024-05-17");
        assertThat(TimeAnchor.of("--05-17", null).date()).isNull();
    }

    @Test
    void knowsNothingWhenNone() {
        assertThat(TimeAnchor.none().source()).isNull();
        assertThat(TimeAnchor.none().date()).isNull();
    }
}
