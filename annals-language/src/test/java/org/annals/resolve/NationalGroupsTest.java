package org.annals.resolve;

import org.annals.model.Entity;
import org.junit.jupiter.api.Test;

import static org.annals.resolve.ResolverStagesFixture.clusters;
import static org.annals.resolve.ResolverStagesFixture.resolve;
import static org.assertj.core.api.Assertions.assertThat;

class NationalGroupsTest {
    @Test
    void aNationalityBeforeAGroupWordIsAnActorOfThatCountry() {
        Entity officials = resolve("Russian officials met on Monday.").get(0);
        assertThat(officials).extracting(Entity::name, Entity::country, Entity::sector)
                .containsExactly("Russian officials", "RUS", "GOV");
    }

    @Test
    void anInstitutionIsAnOrganisation() {
        assertThat(clusters("The Chinese army held drills.")).containsExactly("ORGANIZATION:Chinese army");
    }

    @Test
    void theGroupEndsBeforeTheVerb() {
        assertThat(clusters("French police dispersed protesters in Lyon.")).contains("ORGANIZATION:French police");
    }

    @Test
    void coordinatedNationalitiesAreBothActors() {
        assertThat(clusters("Russian and French negotiators agreed.")).containsExactly("MISC:Russian",
                "MISC:French negotiators");
    }

    @Test
    void aTitleBeforeANameIsNoGroup() {
        assertThat(clusters("Russian President Ivan Petrov spoke.")).noneMatch(c -> c.startsWith("MISC"));
    }

    @Test
    void theNationalityOfAnEventIsItsSide() {
        assertThat(clusters("Villagers fled the Russian air raids.")).containsExactly("MISC:Russian");
    }

    @Test
    void aDemonymInATitlePhraseIsLeftToTheTitle() {
        assertThat(clusters("The French president left early.")).isEmpty();
    }

    @Test
    void aPeopleAfterTheDemonymIsAGroup() {
        assertThat(clusters("Russian Tibetans fled.")).containsExactly("MISC:Russian Tibetans");
    }

    @Test
    void aCapitalisedWordAfterTheDemonymIsNoPeople() {
        assertThat(clusters("Socialism with Chinese Characteristics was taught.")).noneMatch(c -> c.contains("Characteristics"));
    }
}
