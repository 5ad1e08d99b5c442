package org.annals.annotate.time;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimeMatchTest {
    private static final TimeReading YEAR = TimeReading.absolute(2024, 0, 0);

    @Test
    void prefersTheLongerMatchAndTheFirstOnATie() {
        TimeMatch short1 = new TimeMatch(0, 1, YEAR);
        TimeMatch long1 = new TimeMatch(0, 3, YEAR);
        TimeMatch short2 = new TimeMatch(0, 1, YEAR);
        assertThat(TimeMatch.longer(short1, long1)).isSameAs(long1);
        assertThat(TimeMatch.longer(short1, short2)).isSameAs(short1);
        assertThat(TimeMatch.longer(null, short2)).isSameAs(short2);
        assertThat(TimeMatch.longer(short1, null)).isSameAs(short1);
    }

    @Test
    void widensKeepingItsReading() {
        assertThat(new TimeMatch(2, 3, YEAR).spanning(0, 3)).isEqualTo(new TimeMatch(0, 3, YEAR));
    }
}
