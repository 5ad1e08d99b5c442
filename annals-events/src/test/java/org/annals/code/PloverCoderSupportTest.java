package org.annals.code;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** SUPPORT events from sentences written for these tests. */
class PloverCoderSupportTest {
    @Test
    void praise() {
        assertThat(Coding.events("Norway praised Qatar for its mediation.")).contains("SUPPORT/praise asserted [Norway] -> [Qatar]");
    }

    @Test
    void congratulatoryMessage() {
        assertThat(Coding.events("Xi Jinping sent a congratulatory message to Emmanuel Macron.")).contains("SUPPORT/praise asserted [Xi Jinping] -> [Emmanuel Macron]");
    }

    @Test
    void signingIsMutual() {
        assertThat(Coding.events("Germany and France signed an agreement on energy cooperation.")).contains("SUPPORT/sign asserted [Germany, France] -> []");
    }

    @Test
    void diplomaticTies() {
        assertThat(Coding.events("Saudi Arabia restored diplomatic ties with Iran.")).contains("SUPPORT/null asserted [Saudi Arabia] -> [Iran]");
    }

    @Test
    void aPurposeClauseRestatingTheMessageIsTheSameEvent() {
        assertThat(Coding.events("Xi Jinping, President of China, sent a congratulatory message, on behalf of the State "
                + "Council, to extend warm congratulations to the Chang'e-6 mission.")).hasSize(1);
    }
}
