package org.annals.code;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Voice and coordination. */
class PloverCoderSyntaxTest {
    @Test
    void passiveWithAgent() {
        assertThat(Coding.events("Sanctions were imposed on Iran by the European Union."))
                .containsExactly("SANCTION/restrict asserted [European Union] -> [Iran]");
        assertThat(Coding.events("Iran was attacked by Israel."))
                .containsExactly("ASSAULT/null asserted [Israel] -> [Iran]");
    }

    @Test
    void passiveWithoutAgentKeepsTheRecipientAndTheAuthoritiesAreThePlaces() {
        assertThat(Coding.events("Two Italian journalists were arrested in Cairo."))
                .containsExactly("COERCE/arrest asserted [Cairo] -> [Italian journalists]");
    }

    @Test
    void passiveWithoutAgentOrPlaceHasNoActor() {
        assertThat(Coding.events("Two Italian journalists were arrested on Monday."))
                .containsExactly("COERCE/arrest asserted [] -> [Italian journalists]");
    }

    @Test
    void agentOfAnEventNoun() {
        assertThat(Coding.events("The arrest of the opposition leader by Pakistani police sparked anger."))
                .anyMatch(s -> s.startsWith("COERCE/arrest asserted [Pakistani police]"));
    }

    @Test
    void coordinatedSubjects() {
        assertThat(Coding.events("Germany and France condemned the coup in Niger."))
                .containsExactly("ACCUSE/disapprove asserted [Germany, France] -> [Niger]");
    }

    @Test
    void coordinatedObjects() {
        assertThat(Coding.events("President Lula met Emmanuel Macron and Olaf Scholz in Brasilia."))
                .containsExactly("CONSULT/meeting asserted [Luiz Inácio Lula da Silva] -> [Emmanuel Macron, Olaf Scholz]");
    }

    @Test
    void coordinatedVerbsShareTheSubject() {
        assertThat(Coding.events("Kenya condemned Sudan and expelled its ambassador."))
                .contains("ACCUSE/disapprove asserted [Kenya] -> [Sudan]", "SANCTION/expel asserted [Kenya] -> []");
    }

    @Test
    void participleMisreadAsTheMainVerb() {
        assertThat(Coding.events("Kenyan troops backed by helicopters attacked Somali positions."))
                .anyMatch(e -> e.startsWith("ASSAULT/") && e.contains("[Kenyan troops] ->"));
    }

    @Test
    void trailingSpeakerIsNotThePronoun() {
        assertThat(Coding.events("Gunmen killed four villagers as they fled, a Mexican official said."))
                .noneMatch(e -> e.contains("[Mexican] ->"));
    }

    @Test
    void sceneWithAWatcherIsNoParty() {
        assertThat(Coding.events("Laos signed a border treaty with Vietnam, with the Thai king looking on."))
                .noneMatch(e -> e.contains("Thai"));
    }
}
