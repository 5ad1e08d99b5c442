package org.annals.code;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** CONCEDE events from sentences written for these tests. */
class PloverCoderConcedeTest {
    @Test
    void strikeCalledOff() {
        assertThat(Coding.events("The Kenyan Union of Teachers called off the strike.")).contains("CONCEDE/null asserted [Kenyan Union of Teachers] -> [Kenyan Union of Teachers]");
    }

    @Test
    void demandsAccepted() {
        assertThat(Coding.events("The Nepalese government accepted demands from Maoist rebels.")).contains("CONCEDE/null asserted [Nepalese government] -> [Nepalese government]");
    }

    @Test
    void curfewLifted() {
        assertThat(Coding.events("Sudan lifted the curfew in Darfur.")).contains("CONCEDE/null asserted [Sudan] -> [Darfur]");
    }
}
