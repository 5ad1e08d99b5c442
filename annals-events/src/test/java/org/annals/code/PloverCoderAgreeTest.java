package org.annals.code;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** AGREE events from sentences written for these tests. */
class PloverCoderAgreeTest {
    @Test
    void agreementBetweenCoordinatedActors() {
        assertThat(Coding.events("Japan and South Korea agreed to resume security talks.")).contains("AGREE/null asserted [Japan, South Korea] -> []");
    }

    @Test
    void promiseOfAid() {
        assertThat(Coding.events("Norway promised to send humanitarian aid to Sudan.")).contains("AGREE/null asserted [Norway] -> [Sudan]");
    }

    @Test
    void offerToNegotiate() {
        assertThat(Coding.events("Armenia offered to negotiate with Azerbaijan.")).contains("AGREE/null asserted [Armenia] -> [Azerbaijan]");
    }

    @Test
    void dealReached() {
        assertThat(Coding.events("Kenya reached a deal with Ethiopia on Monday.")).contains("AGREE/null asserted [Kenya] -> [Ethiopia]");
    }

    @Test
    void venueOfAnAgreementIsNoParty() {
        assertThat(Coding.events("Armenia and Azerbaijan agreed in Prague to reopen their border."))
                .noneMatch(e -> e.contains("Prague"));
    }

    @Test
    void offerConditionalOnAnotherIsAimedAtThem() {
        assertThat(Coding.events("Chile could lift its restrictions if Lima releases the fishermen."))
                .anyMatch(e -> e.endsWith("[Chile] -> [Lima]"));
    }
}
