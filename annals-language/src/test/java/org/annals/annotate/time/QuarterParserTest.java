package org.annals.annotate.time;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class QuarterParserTest {
    private static String read(String text) {
        TokenSequence ts = TokenSequence.of(text);
        TimeMatch m = QuarterParser.parse(ts, 0);
        if (m == null) {
            return "none";
        }
        TimeReading r = m.reading();
        return text.substring(0, ts.get(m.end() - 1).end()) + ": " + r.kind() + " " + r.year() + " Q" + r.quarter()
                + (r.yearShift() != null ? " shift " + r.yearShift() : "");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            the first quarter of 2024 rose   | the first quarter of 2024: ABSOLUTE 2024 Q1
            the third quarter                | the third quarter: QUARTER 0 Q3
            the fourth quarter of last year  | the fourth quarter of last year: QUARTER 0 Q4 shift -1
            the second quarter of the decade | the second quarter: QUARTER 0 Q2
            Q1 2024                          | Q1 2024: ABSOLUTE 2024 Q1
            Q4                               | Q4: QUARTER 0 Q4
            first-quarter growth             | first-quarter: QUARTER 0 Q1
            the first half                   | none
            Q5 2024                          | none
            q1 2024                          | none
            """)
    void readsQuarters(String text, String expected) {
        assertThat(read(text)).isEqualTo(expected);
    }
}
