package org.annals.code;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** REQUEST events from sentences written for these tests. */
class PloverCoderRequestTest {
    @Test
    void callOn() {
        assertThat(Coding.events("Egypt called on Israel to stop the offensive.")).contains("REQUEST/null asserted [Egypt] -> [Israel]");
    }

    @Test
    void demandThat() {
        assertThat(Coding.events("The United States demanded that Iran release the sailors.")).contains("REQUEST/yield asserted [United States] -> [Iran]");
    }

    @Test
    void urge() {
        assertThat(Coding.events("France urged Serbia to recognize Kosovo.")).contains("REQUEST/null asserted [France] -> [Serbia]");
    }

    @Test
    void saidMust() {
        assertThat(Coding.events("Russia said Ukraine must withdraw its troops from Kursk.")).contains("REQUEST/yield asserted [Russia] -> [Ukraine]");
    }

    @Test
    void aReminderIsADemand() {
        assertThat(Coding.events("Canada issued a stern reminder to Iran that it must release the journalist."))
                .anyMatch(s -> s.startsWith("REQUEST/null asserted [Canada] -> [Iran]"));
    }

    @Test
    void calledOnWithInfinitive() {
        assertThat(Coding.events("Brazil called on Paraguay to reopen the border."))
                .anyMatch(e -> e.startsWith("REQUEST/") && e.endsWith("[Brazil] -> [Paraguay]"));
    }
}
