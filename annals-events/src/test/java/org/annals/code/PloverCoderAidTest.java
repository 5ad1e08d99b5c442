package org.annals.code;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** AID events from sentences written for these tests. */
class PloverCoderAidTest {
    @Test
    void aidSent() {
        assertThat(Coding.events("Japan sent aid to Turkey after the earthquake.")).contains("AID/null asserted [Japan] -> [Turkey]");
    }

    @Test
    void asylumGranted() {
        assertThat(Coding.events("Ecuador granted asylum to Julian Assange.")).contains("AID/asylum asserted [Ecuador] -> [Julian Assange]");
    }

    @Test
    void armsSupplied() {
        assertThat(Coding.events("Germany supplied weapons to Ukraine.")).contains("AID/military asserted [Germany] -> [Ukraine]");
    }

    @Test
    void anUnnamedRecipientIsWhereItIs() {
        assertThat(Coding.events("The World Bank will send food aid to families displaced by the floods in Malawi."))
                .anyMatch(s -> s.contains("-> [Malawi]"));
    }

    @Test
    void planeCarryingAidLanded() {
        assertThat(Coding.events("A Turkish convoy carrying 40 tonnes of tents and blankets arrived in Kabul."))
                .anyMatch(e -> e.startsWith("AID/humanitarian") && e.endsWith("-> [Kabul]"));
    }

    @Test
    void loanForACountryToDoSomething() {
        assertThat(Coding.events("The World Bank approved a loan for Kenya to build roads."))
                .anyMatch(e -> e.startsWith("AID/") && e.endsWith("-> [Kenya]"));
    }

    @Test
    void announcerOfAPassiveLoanGaveIt() {
        assertThat(Coding.events("The Chinese finance ministry said a new loan would be extended to Ghana."))
                .anyMatch(e -> e.startsWith("AID/") && e.endsWith("-> [Ghana]") && e.contains("Chinese"));
    }

    @Test
    void fieldHospitalOpenedIsAid() {
        assertThat(Coding.events("Jordan opened a field hospital in Gaza on Monday."))
                .anyMatch(e -> e.startsWith("AID/humanitarian") && e.endsWith("[Jordan] -> [Gaza]"));
    }
}
