package org.annals.code;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** COERCE events from sentences written for these tests. */
class PloverCoderCoerceTest {
    @Test
    void arrest() {
        assertThat(Coding.events("Pakistani police arrested three Afghan men in Peshawar.")).contains("COERCE/arrest asserted [Pakistani police] -> [Afghan]");
    }

    @Test
    void occupation() {
        assertThat(Coding.events("Russian troops occupied the Ukrainian town of Kherson.")).contains("COERCE/seize asserted [Russian troops] -> [Ukrainian]");
    }

    @Test
    void curfew() {
        assertThat(Coding.events("The Burmese junta imposed a curfew in Yangon.")).contains("COERCE/curfew asserted [Burmese junta] -> [Yangon]");
    }

    @Test
    void deportation() {
        assertThat(Coding.events("Malaysia deported hundreds of Indonesian workers.")).contains("COERCE/deport asserted [Malaysia] -> [Indonesian workers]");
    }

    @Test
    void arrestOfUnnamedPeopleIsDomestic() {
        assertThat(Coding.events("Egyptian police arrested dozens of activists in Cairo on Thursday."))
                .contains("COERCE/arrest asserted [Egyptian police] -> [Egyptian police]");
    }

    @Test
    void foreignersKeepTheirCountry() {
        assertThat(Coding.events("Kenyan police rounded up hundreds of Somali refugees."))
                .contains("COERCE/arrest asserted [Kenyan police] -> [Somali refugees]");
    }

    @Test
    void dispersal() {
        assertThat(Coding.events("Algerian police dispersed protesters with tear gas in Algiers."))
                .contains("COERCE/null asserted [Algerian police] -> [Algerian police]");
    }

    @Test
    void brokeUpADemonstration() {
        assertThat(Coding.events("Turkish police used tear gas to break up a demonstration."))
                .containsExactly("COERCE/null asserted [Turkish police] -> [Turkish police]");
    }

    @Test
    void houseArrest() {
        assertThat(Coding.events("Burmese authorities placed the opposition leader under house arrest."))
                .contains("COERCE/arrest asserted [Burmese authorities] -> [Burmese authorities]");
    }

    @Test
    void takenIntoCustody() {
        assertThat(Coding.events("Kenyan police took 12 opposition politicians into custody."))
                .contains("COERCE/arrest asserted [Kenyan police] -> [Kenyan police]");
    }

    @Test
    void violenceAgainstProtestersIsRepression() {
        assertThat(Coding.events("Bolivian police beat protesters in La Paz.")).anyMatch(s -> s.startsWith("COERCE/repression asserted [Bolivian police]"));
    }

    @Test
    void parliamentDissolved() {
        assertThat(Coding.events("The Thai junta dissolved parliament.")).anyMatch(s -> s.startsWith("COERCE/ban asserted [Thai junta]"));
    }

    @Test
    void oilFieldsNationalised() {
        assertThat(Coding.events("Bolivia nationalized the oil fields of a Brazilian company.")).anyMatch(s -> s.startsWith("COERCE/seize asserted [Bolivia]"));
    }

    @Test
    void licenceRevoked() {
        assertThat(Coding.events("Egypt revoked the licence of a Qatari television channel.")).anyMatch(s -> s.startsWith("COERCE/restrict asserted [Egypt]"));
    }

    @Test
    void homesBulldozed() {
        assertThat(Coding.events("Israeli troops bulldozed Palestinian homes near Hebron.")).anyMatch(s -> s.startsWith("COERCE/seize asserted [Israeli troops]"));
    }

    @Test
    void crossingsSealed() {
        assertThat(Coding.events("Israel sealed the crossings into Gaza on Sunday."))
                .contains("COERCE/restrict asserted [Israel] -> [Gaza]");
    }

    @Test
    void policeNamedByTheirCity() {
        assertThat(Coding.events("Police in Harare arrested twelve opposition activists."))
                .contains("COERCE/arrest asserted [Harare] -> [Harare]");
    }

    @Test
    void objectMisreadAsTheSubjectOfAParticiple() {
        assertThat(Coding.categories("Kenyan police prevented the rally organised by opposition students in Nairobi."))
                .contains("COERCE");
    }
}
