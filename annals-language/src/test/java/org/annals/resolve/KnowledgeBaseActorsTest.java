package org.annals.resolve;

import org.annals.model.EntityType;
import org.annals.resolve.kb.ActorKnowledgeBase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class KnowledgeBaseActorsTest {
    private final KnowledgeBaseActors actors = new KnowledgeBaseActors(ActorKnowledgeBase.bundled());

    @Test
    void knownPersonComesWithTheRolesOfTheDay() {
        assertThat(actors.actor("Vladimir Putin", EntityType.PERSON, LocalDate.of(2024, 5, 16))
                .map(ActorKnowledge.KnownActor::roles).orElseThrow()).contains("President of Russia");
    }

    @Test
    void onlyAWholeTitleIsARole() {
        assertThat(actors.role("former Foreign Minister")).isEmpty();
    }

    @Test
    void titleGivesRoleAndSector() {
        assertThat(actors.role("Foreign Minister").map(ActorKnowledge.Role::sector)).contains("GOV");
    }

    @Test
    void demonymGivesCountry() {
        assertThat(actors.countryOfAdjective("Russian")).contains("RUS");
    }

    @Test
    void metonymGivesCountry() {
        assertThat(actors.countryOfPlace("Beijing")).contains("CHN");
    }

    @Test
    void acronymIsKnownInItsOwnCaseOnly() {
        assertThat(java.util.List.of(actors.knownName("WHO", true), actors.knownName("Who", true)))
                .containsExactly(Optional.of(EntityType.ORGANIZATION), Optional.empty());
    }

    @Test
    void holderOfAnOfficeOnADay() {
        assertThat(actors.holder("RUS", new ActorKnowledge.Role("President", "GOV", "head_of_state"),
                LocalDate.of(2024, 5, 16)).map(ActorKnowledge.KnownActor::name)).contains("Vladimir Putin");
    }

    @Test
    void surnameSharedByTwoPresidentsOfOneCountryGivesTheCountry() {
        assertThat(actors.sharedCountry("Bush", EntityType.PERSON)).contains("USA");
    }

    @Test
    void unknownNameSharesNoCountry() {
        assertThat(actors.sharedCountry("Quuxley", EntityType.PERSON)).isEmpty();
    }
}
