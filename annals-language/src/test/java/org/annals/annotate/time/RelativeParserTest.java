package org.annals.annotate.time;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RelativeParserTest {
    private static String read(String text) {
        TokenSequence ts = TokenSequence.of(text);
        TimeMatch m = RelativeParser.parse(ts, 0);
        if (m == null) {
            return "none";
        }
        TimeReading r = m.reading();
        String what = switch (r.kind()) {
            case RELATIVE -> r.unit().label() + " " + r.offset() + (r.narrative() ? " narrative" : "");
            case WEEKDAY -> "weekday " + r.weekday() + " " + r.offset();
            case MONTH -> "month " + r.month() + " " + r.offset() + " " + r.yearShift();
            default -> r.kind().name();
        };
        return text.substring(0, ts.get(m.end() - 1).end()) + ": " + what;
    }

    @org.junit.jupiter.api.Test
    void leavesNamesAlone() {
        assertThat(RelativeParser.parse(TokenSequence.of("Black Friday"), 1)).isNull();
        assertThat(RelativeParser.parse(TokenSequence.of("USA TODAY that"), 1)).isNull();
        assertThat(RelativeParser.parse(TokenSequence.of("ENDS TODAY"), 1)).isNotNull();
        assertThat(RelativeParser.parse(TokenSequence.of("on Friday"), 1)).isNotNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            today it rained          | today: day 0
            Tonight                  | Tonight: day 0
            yesterday                | yesterday: day -1
            tomorrow                 | tomorrow: day 1
            last night               | last night: day -1
            this morning             | this morning: day 0
            last week                | last week: week -1
            next month               | next month: month 1
            this year                | this year: year 0
            last quarter             | last quarter: quarter -1
            the year before          | the year before: year -1 narrative
            the previous month       | the previous month: month -1 narrative
            the following day        | the following day: day 1 narrative
            the next day             | the next day: day 1 narrative
            a year earlier           | a year earlier: year -1 narrative
            two days later           | two days later: day 2 narrative
            the next year            | none
            the previous months      | none
            three days ago           | three days ago: day -3
            2 weeks ago              | 2 weeks ago: week -2
            a year ago               | a year ago: year -1
            Wednesday                | Wednesday: weekday 3 0
            next Sunday              | next Sunday: weekday 7 1
            last Monday              | last Monday: weekday 1 -1
            last February            | last February: month 2 -1 null
            this May                 | this May: month 5 0 0
            next morning             | none
            last day                 | none
            several days ago         | none
            the year                 | none
            wednesday                | none
            """)
    void readsExpressionsCountedFromTheAnchor(String text, String expected) {
        assertThat(read(text)).isEqualTo(expected);
    }
}
