package org.annals.code;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** MOBILIZE events from sentences written for these tests. */
class PloverCoderMobilizeTest {
    @Test
    void troopsDeployed() {
        assertThat(Coding.events("India deployed troops in Ladakh.")).contains("MOBILIZE/troops asserted [India] -> [Ladakh]");
    }

    @Test
    void troopsMassed() {
        assertThat(Coding.events("Russia massed troops near Ukraine.")).contains("MOBILIZE/troops asserted [Russia] -> [Ukraine]");
    }

    @Test
    void militaryDrills() {
        assertThat(Coding.events("China held military drills near Taiwan.")).contains("MOBILIZE/null asserted [China] -> []");
    }
}
