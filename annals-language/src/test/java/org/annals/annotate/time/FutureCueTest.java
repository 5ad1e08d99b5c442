package org.annals.annotate.time;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FutureCueTest {
    /** Whether the last token of the text is in a future clause. */
    private static boolean future(String text) {
        TokenSequence ts = TokenSequence.of(text);
        return FutureCue.before(ts, ts.size() - 1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The minister will arrive on Wednesday                      | true
            Protesters plan to march on parliament on Thursday          | true
            The vote is scheduled for Monday                           | true
            The minister arrived on Wednesday                          | false
            He will go. The minister arrived on Wednesday              | false
            The minister will be greeted by many local people at the airport on Wednesday | false
            """)
    void findsAFutureCueInTheClauseBefore(String text, boolean expected) {
        assertThat(future(text)).isEqualTo(expected);
    }
}
