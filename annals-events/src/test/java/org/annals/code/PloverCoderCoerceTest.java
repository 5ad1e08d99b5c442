package org.annals.code;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** COERCE events from sentences written for these tests. */
class PloverCoderCoerceTest {
    @Test
    void arrest() {
        assertThat(Coding.events("Pakistani police arrested three Afghan men in Peshawar.")).contains("COERCE/arrest asserted [Pakistani] -> [Afghan]");
    }

    @Test
    void occupation() {
        assertThat(Coding.events("Russian troops occupied the Ukrainian town of Kherson.")).contains("COERCE/seize asserted [Russian] -> [Ukrainian]");
    }

    @Test
    void curfew() {
        assertThat(Coding.events("The Burmese junta imposed a curfew in Yangon.")).contains("COERCE/curfew asserted [Burmese] -> [Yangon]");
    }

    @Test
    void deportation() {
        assertThat(Coding.events("Malaysia deported hundreds of Indonesian workers.")).contains("COERCE/deport asserted [Malaysia] -> [Indonesian]");
    }

    @Test
    void arrestOfUnnamedPeopleIsDomestic() {
        assertThat(Coding.events("Egyptian police arrested dozens of activists in Cairo on Thursday."))
                .contains("COERCE/arrest asserted [Egyptian] -> [Egyptian]");
    }

    @Test
    void foreignersKeepTheirCountry() {
        assertThat(Coding.events("Kenyan police rounded up hundreds of Somali refugees."))
                .contains("COERCE/arrest asserted [Kenyan] -> [Somali]");
    }

    @Test
    void dispersal() {
        assertThat(Coding.events("Algerian police dispersed protesters with tear gas in Algiers."))
                .contains("COERCE/null asserted [Algerian] -> [Algerian]");
    }

    @Test
    void brokeUpADemonstration() {
        assertThat(Coding.events("Turkish police used tear gas to break up a demonstration."))
                .containsExactly("COERCE/null asserted [Turkish] -> [Turkish]");
    }

    @Test
    void houseArrest() {
        assertThat(Coding.events("Burmese authorities placed the opposition leader under house arrest."))
                .contains("COERCE/arrest asserted [Burmese] -> [Burmese]");
    }

    @Test
    void takenIntoCustody() {
        assertThat(Coding.events("Kenyan police took 12 opposition politicians into custody."))
                .contains("COERCE/arrest asserted [Kenyan] -> [Kenyan]");
    }
}
