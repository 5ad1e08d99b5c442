package org.annals.code;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** CONSULT events from sentences written for these tests. */
class PloverCoderConsultTest {
    @Test
    void meetingOfTwoNamedLeaders() {
        assertThat(Coding.events("Emmanuel Macron met Olaf Scholz in Berlin on Tuesday.")).contains("CONSULT/meeting asserted [Emmanuel Macron] -> [Olaf Scholz]");
    }

    @Test
    void talksWithLightVerb() {
        assertThat(Coding.events("Narendra Modi held talks with Anthony Albanese in Sydney.")).contains("CONSULT/meeting asserted [Narendra Modi] -> [Anthony Albanese]");
    }

    @Test
    void visitToACountry() {
        assertThat(Coding.events("Prime Minister Modi visited Japan in March.")).contains("CONSULT/visit asserted [Narendra Modi] -> [Japan]");
    }

    @Test
    void videoCall() {
        assertThat(Coding.events("Olaf Scholz held a video call with Joe Biden.")).contains("CONSULT/phone asserted [Olaf Scholz] -> [Joe Biden]");
    }

    @Test
    void letterTo() {
        assertThat(Coding.events("King Charles sent a letter to Pope Francis.")).contains("CONSULT/message asserted [Charles] -> [Pope Francis]");
    }

    @Test
    void hostAVisitor() {
        assertThat(Coding.events("Xi Jinping received Emmanuel Macron in Beijing.")).contains("CONSULT/host asserted [Xi Jinping] -> [Emmanuel Macron]");
    }

    @Test
    void counterpartNamedAfterTheTitle() {
        assertThat(Coding.events("Peruvian Foreign Minister Rosa Quispe met her Chilean counterpart Tomas Araya in Lima."))
                .anyMatch(e -> e.startsWith("CONSULT/") && e.endsWith("-> [Tomas Araya]"));
    }
}
