package org.annals.annotate.time;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class TimeTokenizerTest {
    private static String tokens(String text) {
        return TimeTokenizer.tokenize(text).stream().map(TimeToken::text).collect(Collectors.joining(" | "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            On May 16th, 2024.            # On | May | 16 | th | , | 2024 | .
            at 10:30 a.m. local time      # at | 10:30 | a.m. | local | time
            at 3pm.                       # at | 3 | pm | .
            2,000 troops and 2-1 wins     # 2,000 | troops | and | 2-1 | wins
            dated 16/05/2024 or 2024-05-16 # dated | 16/05/2024 | or | 2024-05-16
            mid-January                   # mid | - | January
            Thursday's vote ends p.m.     # Thursday | ' | s | vote | ends | p.m.
            the U.S. economy              # the | U.S. | economy
            in 2019-2021 and 2023-24      # in | 2019 | - | 2021 | and | 2023-24
            """)
    void keepsNumbersAndDottedAbbreviationsWhole(String text, String expected) {
        assertThat(tokens(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            ' a  b'   # 1 | 2 | 4 | 5
            """)
    void recordsOffsets(String text, String expected) {
        assertThat(TimeTokenizer.tokenize(text).stream().map(t -> t.start() + " | " + t.end())
                .collect(Collectors.joining(" | "))).isEqualTo(expected);
    }
}
