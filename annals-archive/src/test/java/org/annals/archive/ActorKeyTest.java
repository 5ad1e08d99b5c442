package org.annals.archive;

import org.annals.model.Entity;
import org.annals.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ActorKeyTest {
    private static Entity entity(String name, EntityType type, String country, String actor) {
        return new Entity("e1", name, type, country, null, List.of(), List.of(), List.of(), actor);
    }

    @Test
    void theKnowledgeBaseIdWins() {
        assertThat(ActorKey.of(entity("President Xi", EntityType.PERSON, "CHN", "Q15031"))).isEqualTo("kb:Q15031");
    }

    @Test
    void spellingsOfOneNameAreOneActor() {
        assertThat(ActorKey.of(entity("Xi  Jinping", EntityType.PERSON, "chn", null)))
                .isEqualTo(ActorKey.of(entity("XI JINPING", EntityType.PERSON, "CHN", null)));
    }

    @Test
    void typeAndCountryKeepNamesakesApart() {
        assertThat(ActorKey.of(entity("Georgia", EntityType.LOCATION, "USA", null)))
                .isNotEqualTo(ActorKey.of(entity("Georgia", EntityType.LOCATION, "GEO", null)));
    }

    @Test
    void normalisingDropsPunctuationAndCase() {
        assertThat(ActorKey.normalise("  U.S. State-Department ")).isEqualTo("us state department");
    }
}
