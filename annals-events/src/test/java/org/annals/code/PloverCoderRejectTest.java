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

    @Test
    void promiseNotToActIsRefusal() {
        assertThat(Coding.events("Morocco vowed not to return the disputed islands to Spain."))
                .extracting(s -> s.substring(0, s.indexOf(' '))).contains("REJECT/null");
    }

    @Test
    void barringInspectors() {
        assertThat(Coding.events("Iraq barred U.N. inspectors from entering the sites.")).contains("REJECT/null asserted [Iraq] -> [United Nations]");
    }

    @Test
    void ignoredAnAppeal() {
        assertThat(Coding.events("Chile ignored a Peruvian appeal to reopen the talks."))
                .contains("REJECT/meet asserted [Chile] -> [Peruvian]");
    }

    @Test
    void votedAgainst() {
        assertThat(Coding.events("Brazil voted against the Argentine proposal.")).contains("REJECT/null asserted [Brazil] -> [Argentine]");
    }

    @Test
    void opposedAPlan() {
        assertThat(Coding.events("France opposed the American plan to send more troops.")).anyMatch(s -> s.startsWith("REJECT/"));
    }

    @Test
    void dismissedAResolution() {
        assertThat(Coding.events("Tehran dismissed the U.N. resolution as illegal.")).contains("REJECT/null asserted [Tehran] -> [United Nations]");
    }

    @Test
    void deniedEntry() {
        assertThat(Coding.events("Israel denied entry to a U.N. fact-finding team.")).anyMatch(s -> s.startsWith("REJECT/null asserted [Israel]"));
    }

    @Test
    void callsBySomeoneRejected() {
        assertThat(Coding.events("Poland rejected calls by Belarus for new talks."))
                .anyMatch(e -> e.startsWith("REJECT/") && e.endsWith("[Poland] -> [Belarus]"));
    }

    @Test
    void opposedToIsAState() {
        assertThat(Coding.events("Turkey is opposed to Swedish mediation in the dispute."))
                .anyMatch(e -> e.startsWith("REJECT/") && e.endsWith("[Turkey] -> [Swedish]"));
    }
}
