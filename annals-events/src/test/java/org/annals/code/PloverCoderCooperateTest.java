package org.annals.code;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** COOPERATE events from sentences written for these tests. */
class PloverCoderCooperateTest {
    @Test
    void cooperation() {
        assertThat(Coding.events("Colombia cooperated with Ecuador against drug traffickers.")).contains("COOPERATE/null asserted [Colombia] -> [Ecuador]");
    }

    @Test
    void intelligenceShared() {
        assertThat(Coding.events("Jordan shared intelligence with Egypt.")).contains("COOPERATE/intelligence asserted [Jordan] -> [Egypt]");
    }

    @Test
    void extradition() {
        assertThat(Coding.events("Spain extradited the suspect to Argentina.")).contains("COOPERATE/legal asserted [Spain] -> [Argentina]");
    }

    @Test
    void exercisingTogetherIsMilitaryCooperation() {
        assertThat(Coding.events("Indian and French warships began joint naval exercises in the Arabian Sea."))
                .anyMatch(s -> s.startsWith("COOPERATE/military asserted"));
    }

    @Test
    void countedDaysOfWarGames() {
        assertThat(Coding.categories("Indian and French warships began five days of war games in the Arabian Sea."))
                .contains("COOPERATE");
    }
}
