package org.annals.annotate.time;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ClockParserTest {
    private static String read(String text, boolean contextual) {
        TokenSequence ts = TokenSequence.of(text);
        TimeMatch m = ClockParser.parse(ts, 0, contextual);
        if (m == null) {
            return "none";
        }
        return text.substring(0, ts.get(m.end() - 1).end()) + ": " + m.reading().hour() + ":" + m.reading().minute();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            10:30 a.m. local time | 10:30 a.m.: 10:30
            10:30 p.m.            | 10:30 p.m.: 22:30
            12:15 a.m.            | 12:15 a.m.: 0:15
            12 noon               | none
            3 pm                  | 3 pm: 15:-1
            3pm                   | 3pm: 15:-1
            7.45 p.m.             | 7.45 p.m.: 19:45
            0600 GMT              | 0600: 6:0
            1430 hours            | 1430: 14:30
            10:30 GMT             | 10:30: 10:30
            10:30                 | none
            2:06:26               | none
            14.20 dollars         | none
            1500 troops           | none
            13 pm                 | none
            """)
    void readsTimesOfDay(String text, String expected) {
        assertThat(read(text, false)).isEqualTo(expected);
    }

    @Test
    void takesABareClockTimeOrNoonOnlyInContext() {
        assertThat(read("10:30", true)).isEqualTo("10:30: 10:30");
        assertThat(read("noon", true)).isEqualTo("noon: 12:-1");
        assertThat(read("noon", false)).isEqualTo("none");
        assertThat(read("25:10", true)).isEqualTo("none");
    }

    @Test
    void findsTheEndOfATimeZone() {
        TokenSequence ts = TokenSequence.of("10:30 Beijing time on");
        assertThat(ClockParser.zoneEnd(ts, 0, 1)).isEqualTo(3);
        assertThat(ClockParser.zoneEnd(ts, 0, 3)).isEqualTo(3);
    }
}
