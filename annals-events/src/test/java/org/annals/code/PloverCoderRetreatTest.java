package org.annals.code;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** RETREAT events from sentences written for these tests. */
class PloverCoderRetreatTest {
    @Test
    void troopsWithdrawn() {
        assertThat(Coding.events("Israel withdrew from Gaza in 2005.")).contains("RETREAT/withdraw asserted [Israel] -> [Gaza]");
    }

    @Test
    void prisonersReleased() {
        assertThat(Coding.events("Iran released two French citizens.")).contains("RETREAT/release asserted [Iran] -> [French citizens]");
    }

    @Test
    void sanctionsLifted() {
        assertThat(Coding.events("Canada lifted sanctions on Cuba.")).contains("RETREAT/ease asserted [Canada] -> [Cuba]");
    }

    @Test
    void resignation() {
        assertThat(Coding.events("Boris Johnson resigned on Thursday.")).contains("RETREAT/resign asserted [Boris Johnson] -> []");
    }
}
