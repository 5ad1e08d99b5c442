package org.annals.annotate.quote;

import org.annals.model.Entity;
import org.annals.model.EntityType;
import org.annals.model.Span;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpeakerResolverTest {
    /** The name of the speaker of a cue whose subject is {@code subject} (its last occurrence as a word). */
    private static String speaker(String text, String subject, boolean follows, Entity... entities) {
        int at = text.lastIndexOf(subject);
        while (at > 0 && Character.isLetter(text.charAt(at - 1))) {
            at = text.lastIndexOf(subject, at - 1);
        }
        Attribution a = new Attribution(new Span(at + subject.length(), at + subject.length() + 1),
                new Span(at, at + subject.length()), follows, null, false);
        String id = new SpeakerResolver(Texts.tokenized(text), List.of(entities)).speaker(a);
        for (Entity e : entities) {
            if (e.id().equals(id)) {
                return e.name();
            }
        }
        return id;
    }

    private static Entity person(String text, String name, String... forms) {
        return Texts.entity(name, EntityType.PERSON, text, name, forms);
    }

    @Test
    void aPersonInTheSubjectBeforeAnOrganisation() {
        String text = "Kremlin spokesman Ivan Sorokin said so.";
        assertThat(speaker(text, "Kremlin spokesman Ivan Sorokin", false,
                Texts.entity("k", EntityType.ORGANIZATION, text, "Kremlin"), person(text, "Ivan Sorokin")))
                .isEqualTo("Ivan Sorokin");
    }

    @Test
    void aCountrySpeaks() {
        String text = "China said it opposed the controls.";
        assertThat(speaker(text, "China", false, Texts.entity("c", EntityType.LOCATION, text, "China")))
                .isEqualTo("China");
    }

    @Test
    void aPlaceAfterInIsNotTheSpeaker() {
        String text = "Officials in Manila believe the storm will pass.";
        assertThat(speaker(text, "Officials in Manila", false, Texts.entity("m", EntityType.LOCATION, text, "Manila")))
                .isNull();
    }

    @Test
    void heIsTheEarlierMan() {
        String text = "Mr Haddad met Ms Klein in Geneva. He said the talks were useful.";
        assertThat(speaker(text, "He", false, person(text, "Haddad"), person(text, "Klein"))).isEqualTo("Haddad");
    }

    @Test
    void sheIsTheEarlierWoman() {
        String text = "Ms Klein met Mr Haddad in Geneva. She said the talks were useful.";
        assertThat(speaker(text, "She", false, person(text, "Klein"), person(text, "Haddad"))).isEqualTo("Klein");
    }

    @Test
    void aFirstNameTellsTheGender() {
        String text = "Laura Kim met Kenji Sato. She said the talks were useful.";
        assertThat(speaker(text, "She", false, person(text, "Laura Kim"), person(text, "Kenji Sato")))
                .isEqualTo("Laura Kim");
    }

    @Test
    void withoutGenderThePronounIsTheMostRecentSubject() {
        String text = "Tanaka thanked Lopez for his support. Later he said the plan would work.";
        assertThat(speaker(text, "he", false, person(text, "Tanaka"), person(text, "Lopez"))).isEqualTo("Tanaka");
    }

    @Test
    void aPronounTheEntityResolverPlacedCounts() {
        String text = "Tanaka thanked Lopez for his support. He said the plan would work.";
        List<Span> mentions = new ArrayList<>(Texts.entity("x", EntityType.PERSON, text, "Lopez").mentions());
        mentions.add(new Span(text.indexOf("He said"), text.indexOf("He said") + 2));
        Entity lopez = new Entity("l", "Lopez", EntityType.PERSON, null, null, List.of(), List.of(), mentions, null);
        assertThat(speaker(text, "He", false, person(text, "Tanaka"), lopez)).isEqualTo("Lopez");
    }

    @Test
    void itIsTheEarlierOrganisation() {
        String text = "Harbor Logistics lost money in Asia. It said fuel costs rose.";
        assertThat(speaker(text, "It", false, Texts.entity("h", EntityType.ORGANIZATION, text, "Harbor Logistics"),
                Texts.entity("a", EntityType.LOCATION, text, "Asia"))).isEqualTo("Harbor Logistics");
    }

    @Test
    void theRoleIsTheEarlierPerson() {
        String text = "Judge Helen Marsh refused a delay. The judge said there was time.";
        assertThat(speaker(text, "The judge", false, person(text, "Helen Marsh"))).isEqualTo("Helen Marsh");
    }

    @Test
    void theBankIsTheEarlierOrganisationNamedBank() {
        String text = "The World Bank met the Red Cross. Growth will slow, the bank said.";
        assertThat(speaker(text, "the bank", false, Texts.entity("w", EntityType.ORGANIZATION, text, "World Bank"),
                Texts.entity("r", EntityType.ORGANIZATION, text, "Red Cross"))).isEqualTo("World Bank");
    }

    @Test
    void anIndefiniteSpeakerIsNoOne() {
        String text = "Atlas Airways suspended flights. A spokesperson said they would resume.";
        assertThat(speaker(text, "A spokesperson", false,
                Texts.entity("a", EntityType.ORGANIZATION, text, "Atlas Airways"))).isNull();
    }

    @Test
    void aCoordinatedClauseTakesItsFirstName() {
        String text = "Xi met Putin and said ties were strong.";
        assertThat(speaker(text, "Xi met Putin", true, person(text, "Xi"), person(text, "Putin"))).isEqualTo("Xi");
    }
}
