package org.annals.code;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** REJECT events from sentences written for these tests. */
class PloverCoderRejectTest {
    @Test
    void refusedToMeet() {
        assertThat(Coding.events("Vladimir Putin refused to meet Volodymyr Zelensky.")).contains("REJECT/meet asserted [Vladimir Putin] -> [Volodymyr Zelensky]");
    }

    @Test
    void rejectedProposal() {
        assertThat(Coding.events("The United States rejected the Russian proposal.")).contains("REJECT/null asserted [United States] -> [Russian]");
    }

    @Test
    void veto() {
        assertThat(Coding.events("Germany vetoed the French plan.")).contains("REJECT/veto asserted [Germany] -> [French]");
    }

    @Test
    void notAttendingIsARefusal() {
        assertThat(Coding.events("Joe Biden did not attend the summit in Lima.")).contains("REJECT/meet asserted [Joe Biden] -> []");
    }
}
