package org.annals.code;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** MOBILIZE events from sentences written for these tests; forces moved with no one else named are a domestic act. */
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
        assertThat(Coding.events("China held military drills near Taiwan.")).contains("MOBILIZE/null asserted [China] -> [Taiwan]");
    }

    @Test
    void calledUpReservists() {
        assertThat(Coding.events("Israel called up 30,000 reservists on Sunday.")).contains("MOBILIZE/troops asserted [Israel] -> [Israel]");
    }

    @Test
    void movedTroops() {
        assertThat(Coding.events("India moved troops and tanks to its western border.")).contains("MOBILIZE/troops asserted [India] -> [India]");
    }

    @Test
    void highAlert() {
        assertThat(Coding.events("Pakistan put its armed forces on high alert.")).contains("MOBILIZE/troops asserted [Pakistan] -> [Pakistan]");
    }

    @Test
    void artilleryDrills() {
        assertThat(Coding.events("North Korea held artillery drills near the border.")).contains("MOBILIZE/null asserted [North Korea] -> [North Korea]");
    }

    @Test
    void forcesPlacedOnAlert() {
        assertThat(Coding.events("Greece placed its forces on alert after the incident.")).anyMatch(s -> s.startsWith("MOBILIZE/troops asserted [Greece]"));
    }

    @Test
    void warGames() {
        assertThat(Coding.events("Taiwan staged war games near Kinmen.")).anyMatch(s -> s.startsWith("MOBILIZE/null asserted [Taiwan]"));
    }

    @Test
    void forcesPutOnAlertAreTheirSidesMove() {
        assertThat(Coding.events("Iraqi troops were put on full alert.")).anyMatch(s -> s.startsWith("MOBILIZE/troops asserted [Iraqi troops]"));
    }

    @Test
    void wentOnAlert() {
        assertThat(Coding.events("The Greek navy went on alert after the collision.")).anyMatch(s -> s.startsWith("MOBILIZE/troops asserted"));
    }

    @Test
    void borderWithANeighbour() {
        assertThat(Coding.events("Greece put its navy on alert along the border with Turkey."))
                .contains("MOBILIZE/troops asserted [Greece] -> [Turkey]");
    }

    @Test
    void countOfSoldiersAfterUpTo() {
        assertThat(Coding.events("Ghana sent up to 800 soldiers to Mali.")).contains("MOBILIZE/troops asserted [Ghana] -> [Mali]");
    }
}
