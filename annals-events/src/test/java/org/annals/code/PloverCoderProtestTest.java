package org.annals.code;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** PROTEST events from sentences written for these tests. */
class PloverCoderProtestTest {
    @Test
    void demonstration() {
        assertThat(Coding.events("Chilean students demonstrated in Santiago against the ministry.")).contains("PROTEST/demo asserted [Chilean] -> []");
    }

    @Test
    void strike() {
        assertThat(Coding.events("French teachers went on strike.")).contains("PROTEST/boycott asserted [French] -> []");
    }

    @Test
    void hungerStrike() {
        assertThat(Coding.events("Jailed Bahraini activists began a hunger strike.")).contains("PROTEST/hunger asserted [Bahraini] -> []");
    }

    @Test
    void roadsBlocked() {
        assertThat(Coding.events("Hungarian farmers blocked roads near Budapest.")).contains("PROTEST/obstruct asserted [Hungarian] -> []");
    }
}
