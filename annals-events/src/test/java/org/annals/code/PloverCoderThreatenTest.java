package org.annals.code;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** THREATEN events from sentences written for these tests. */
class PloverCoderThreatenTest {
    @Test
    void threatToAttack() {
        assertThat(Coding.events("North Korea threatened to attack South Korea.")).contains("THREATEN/violence asserted [North Korea] -> [South Korea]");
    }

    @Test
    void threatOfSanctions() {
        assertThat(Coding.events("The European Union threatened to impose sanctions on Belarus.")).contains("THREATEN/restrict asserted [European Union] -> [Belarus]");
    }

    @Test
    void ultimatum() {
        assertThat(Coding.events("Turkey issued an ultimatum to Syria.")).contains("THREATEN/relations asserted [Turkey] -> [Syria]");
    }

    @Test
    void threatAgainst() {
        assertThat(Coding.events("Turkey threatened military action against Syria on Sunday."))
                .contains("THREATEN/null asserted [Turkey] -> [Syria]");
    }

    @Test
    void conditionOfAThreatIsNoEvent() {
        assertThat(Coding.events("Iran threatened to close the strait if the United States attacked."))
                .containsExactly("THREATEN/violence asserted [Iran] -> [United States]");
    }

    @Test
    void warnedThatItWouldAct() {
        assertThat(Coding.events("Turkey warned that it would close its border with Syria.")).anyMatch(s -> s.startsWith("THREATEN/"));
    }

    @Test
    void threatenedUnlessAnotherActs() {
        assertThat(Coding.events("Farmers in Chile threatened to block the highways unless Argentina lifted its tariffs."))
                .anyMatch(e -> e.startsWith("THREATEN/") && e.endsWith("-> [Argentina]"));
    }
}
