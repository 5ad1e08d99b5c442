package org.annals.annotate.time;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DateParserTest {
    /** What the parser reads at the first token: "covered text: KIND year-month-day", or "none". */
    private static String read(String text, boolean contextual) {
        TokenSequence ts = TokenSequence.of(text);
        TimeMatch m = DateParser.parse(ts, 0, contextual);
        if (m == null) {
            return "none";
        }
        TimeReading r = m.reading();
        String covered = text.substring(ts.get(m.start()).start(), ts.get(m.end() - 1).end());
        return covered + ": " + r.kind() + " " + r.year() + "-" + r.month() + "-" + r.day()
                + (r.yearShift() != null ? " shift " + r.yearShift() : "");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            16 May 2024 was calm       | 16 May 2024: ABSOLUTE 2024-5-16
            16th May, 2024             | 16th May, 2024: ABSOLUTE 2024-5-16
            16 of May                  | 16 of May: MONTH_DAY 0-5-16
            May 16, 2024               | May 16, 2024: ABSOLUTE 2024-5-16
            May 16th                   | May 16th: MONTH_DAY 0-5-16
            Sept. 3 2023               | Sept. 3 2023: ABSOLUTE 2023-9-3
            October 2023               | October 2023: ABSOLUTE 2023-10-0
            October, 2023              | October, 2023: ABSOLUTE 2023-10-0
            February this year         | February this year: MONTH 0-2-0 shift 0
            February of last year      | February of last year: MONTH 0-2-0 shift -1
            2024-05-16                 | 2024-05-16: ABSOLUTE 2024-5-16
            2024/05/16                 | 2024/05/16: ABSOLUTE 2024-5-16
            16/05/2024                 | 16/05/2024: ABSOLUTE 2024-5-16
            05/16/2024                 | 05/16/2024: ABSOLUTE 2024-5-16
            05/05/2024                 | 05/05/2024: ABSOLUTE 2024-5-5
            16.05.2024                 | 16.05.2024: ABSOLUTE 2024-5-16
            05/06/2024                 | none
            31/02/2024                 | none
            February 30                | none
            May                        | none
            Sept                       | none
            may 16                     | none
            2023                       | none
            """)
    void readsDatesWithoutContext(String text, String expected) {
        assertThat(read(text, false)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void readsTheSecondDayOfARange() {
        TokenSequence ts = TokenSequence.of("May 16 and 17, 2024");
        TimeMatch first = DateParser.parse(ts, 0, false);
        TimeMatch second = DateParser.secondDay(ts, first);
        assertThat(second.start()).isEqualTo(3);
        assertThat(second.reading().day()).isEqualTo(17);
        assertThat(DateParser.secondDay(TokenSequence.of("May 16 and 15"), first)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            the 2024 election          | 2024: ABSOLUTE 2024-0-0
            the 2000 troops            | none
            """)
    void readsAYearThatNamesSomethingWithoutContext(String text, String expected) {
        TokenSequence ts = TokenSequence.of(text);
        TimeMatch m = DateParser.parse(ts, 1, false);
        assertThat(m == null ? "none" : ts.get(m.start()).text() + ": " + m.reading().kind() + " "
                + m.reading().year() + "-0-0").isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            April                      | April: MONTH 0-4-0
            2023                       | 2023: ABSOLUTE 2023-0-0
            1986.                      | 1986: ABSOLUTE 1986-0-0
            1500 troops                | none
            2023 %                     | none
            2,000                      | none
            7946                       | none
            Sept                       | none
            """)
    void readsLoneMonthsAndYearsInContext(String text, String expected) {
        assertThat(read(text, true)).isEqualTo(expected);
    }
}
