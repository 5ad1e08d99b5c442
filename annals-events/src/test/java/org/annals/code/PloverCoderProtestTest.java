package org.annals.code;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** PROTEST events from sentences written for these tests. */
class PloverCoderProtestTest {
    @Test
    void demonstration() {
        assertThat(Coding.events("Chilean students demonstrated in Santiago against the ministry.")).contains("PROTEST/demo asserted [Chilean students] -> [Chilean students]");
    }

    @Test
    void strike() {
        assertThat(Coding.events("French teachers went on strike.")).contains("PROTEST/boycott asserted [French teachers] -> [French teachers]");
    }

    @Test
    void hungerStrike() {
        assertThat(Coding.events("Jailed Bahraini activists began a hunger strike.")).contains("PROTEST/hunger asserted [Bahraini activists] -> [Bahraini activists]");
    }

    @Test
    void roadsBlocked() {
        assertThat(Coding.events("Hungarian farmers blocked roads near Budapest.")).contains("PROTEST/obstruct asserted [Hungarian farmers] -> [Hungarian farmers]");
    }

    @Test
    void protestersOnStrikeTakeTheirPlace() {
        assertThat(Coding.events("Jailed Kurdish activists in Turkey have been on hunger strike for a month."))
                .contains("PROTEST/hunger asserted [Turkey] -> [Turkey]");
    }

    @Test
    void chantedSlogans() {
        assertThat(Coding.events("Peruvian miners chanted slogans outside the congress building."))
                .contains("PROTEST/demo asserted [Peruvian miners] -> [Peruvian miners]");
    }

    @Test
    void protestAtAForeignEmbassyTargetsNoOneNamedButStaysHome() {
        assertThat(Coding.events("Kenyan students rallied in Nairobi on Monday.")).contains("PROTEST/demo asserted [Kenyan students] -> [Kenyan students]");
    }

    @Test
    void protestersOccupyingIsAProtest() {
        assertThat(Coding.events("Anti-government demonstrators in Manila occupied the finance ministry."))
                .anyMatch(s -> s.startsWith("PROTEST/obstruct asserted [Manila]"));
    }

    @Test
    void stonesThrownByDemonstrators() {
        assertThat(Coding.events("Palestinian demonstrators threw stones at Israeli soldiers."))
                .contains("PROTEST/riot asserted [Palestinian demonstrators] -> [Israeli soldiers]");
    }

    @Test
    void reportingAgencyNamesNoParty() {
        assertThat(Coding.events("Zambia's opposition parties boycotted the vote, AFP reported."))
                .contains("PROTEST/boycott asserted [Zambia] -> [Zambia]");
    }

    @Test
    void hyphenatedSitIn() {
        assertThat(Coding.events("Supporters of Georgia's opposition staged a sit-in in Tbilisi."))
                .anyMatch(e -> e.startsWith("PROTEST/obstruct"));
    }

    @Test
    void protestersRingedAbuilding() {
        assertThat(Coding.categories("Thousands of protesters ringed the parliament in Kiev.")).containsExactly("PROTEST");
    }

    @Test
    void walkingOutOfParliamentIsAProtest() {
        assertThat(Coding.categories("Opposition deputies in Kenya walked out of parliament on Tuesday.")).containsExactly("PROTEST");
    }
}
