package org.annals.resolve;

import org.annals.annotate.corenlp.CoreNlpAnnotator;
import org.annals.model.Entity;
import org.annals.model.EntityType;
import org.annals.model.Span;
import org.annals.resolve.place.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class EntityResolverTest {
    private static CoreNlpAnnotator annotator;
    private final EntityResolver resolver = new EntityResolver(new SmallKnowledge(), Gazetteer.bundled());

    @BeforeAll
    static void load() {
        annotator = CoreNlpAnnotator.load();
    }

    private List<Entity> resolve(String text) {
        return resolver.resolve(annotator.annotate(text), LocalDate.of(2024, 5, 16));
    }

    private static Entity named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError("no entity " + name + " in " + entities));
    }

    private static String mentions(String text, Entity e) {
        return e.mentions().stream().map(s -> s.of(text)).collect(Collectors.joining("|"));
    }

    @Test
    void surnameJoinsTheFullName() {
        String text = "Maria Santos arrived in Lisbon. Santos later left.";
        assertThat(mentions(text, named(resolve(text), "Maria Santos"))).isEqualTo("Maria Santos|Santos");
    }

    @Test
    void chineseStyleGivenNameLastStillJoins() {
        String text = "Li Qiang met the delegation. Li said the talks were useful.";
        assertThat(mentions(text, named(resolve(text), "Li Qiang"))).isEqualTo("Li Qiang|Li");
    }

    @Test
    void titleBeforeTheNameGivesRoleAndCountry() {
        String text = "Chinese Premier Zhao Wenming opened the fair.";
        Entity zhao = named(resolve(text), "Zhao Wenming");
        assertThat(List.of(zhao.roles(), zhao.country(), zhao.sector()))
                .isEqualTo(List.of(List.of("Premier of China"), "CHN", "GOV"));
    }

    @Test
    void aCountryNameBeforeTheTitleGivesTheCountry() {
        String text = "The visit was planned. France Foreign Minister Paul Marchand arrived on Monday.";
        assertThat(named(resolve(text), "Paul Marchand").country()).isEqualTo("FRA");
    }

    @Test
    void anUnknownSpellingWithAKnownSurnameInOfficeIsThatPerson() {
        String text = "President Vladimir V. Putin opened the forum.";
        assertThat(resolve(text).get(0).actor()).isEqualTo("putin-vladimir");
    }

    @Test
    void aKnownSurnameUnderAnotherTitleIsSomeoneElse() {
        String text = "Professor Anna Putin opened the forum.";
        assertThat(resolve(text).get(0).actor()).isNull();
    }

    @Test
    void appositionGivesRoleAndAffiliation() {
        String text = "Ana Lobo, Minister of the Regional Affairs Department of the Harbour Party, spoke first.";
        Entity ana = named(resolve(text), "Ana Lobo");
        assertThat(ana.roles()).containsExactly("Minister of the Regional Affairs Department of the Harbour Party");
    }

    @Test
    void knowledgeBaseGivesCanonicalNameAndId() {
        String text = "Russian President Vladimir Putin arrived. Putin smiled.";
        Entity putin = resolve(text).get(0);
        assertThat(List.of(putin.name(), putin.actor(), putin.country()))
                .isEqualTo(List.of("Vladimir Putin", "putin-vladimir", "RUS"));
    }

    @Test
    void theTitleLinksBackToItsHolder() {
        String text = "French President Paul Renaud landed in Beijing. The French president then met students.";
        assertThat(mentions(text, named(resolve(text), "Paul Renaud"))).isEqualTo("Paul Renaud|The French president");
    }

    @Test
    void sentenceOpeningPronounRefersToThePreviousSubject() {
        String text = "Paul Renaud met Ana Lobo on Monday. He said the meeting went well.";
        assertThat(named(resolve(text), "Paul Renaud").mentions()).contains(new Span(36, 38));
    }

    @Test
    void pronounOfTheOtherGenderIsLeftAlone() {
        String text = "Mr Paul Renaud spoke on Monday. She said nothing.";
        assertThat(mentions(text, named(resolve(text), "Paul Renaud"))).doesNotContain("She");
    }

    @Test
    void acronymJoinsTheOrganisation() {
        String text = "The World Trade Organization met in Geneva. The WTO said trade grew.";
        assertThat(mentions(text, named(resolve(text), "World Trade Organization")))
                .isEqualTo("World Trade Organization|WTO");
    }

    @Test
    void countryNamesGetTheirCode() {
        assertThat(named(resolve("Officials from Russia arrived."), "Russia").country()).isEqualTo("RUS");
    }

    @Test
    void organisationSectorFromItsName() {
        Entity ministry = named(resolve("The Ministry of Agriculture of France issued rules."),
                "Ministry of Agriculture of France");
        assertThat(List.of(ministry.sector(), ministry.country())).isEqualTo(List.of("GOV", "FRA"));
    }

    @Test
    void idsFollowFirstMention() {
        List<Entity> entities = resolve("Ana Lobo met Paul Renaud in Paris.");
        assertThat(entities.stream().map(e -> e.id() + ":" + e.name() + ":" + e.type()).toList())
                .containsExactly("e1:Ana Lobo:PERSON", "e2:Paul Renaud:PERSON", "e3:Paris:LOCATION");
    }

    @Test
    void typesComeFromTheTagger() {
        assertThat(named(resolve("Ana Lobo visited Paris."), "Paris").type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void townsGetTheirCountryFromTheGazetteer() {
        assertThat(named(resolve("Ana Lobo arrived in Changchun."), "Changchun").country()).isEqualTo("CHN");
    }

    @Test
    void ethnicGroupBelongsToTheCountryItLivesIn() {
        assertThat(named(resolve("Ethnic Russian workers marched in Paris on Sunday."), "Russian workers").country())
                .isEqualTo("FRA");
    }

    @Test
    void groupOfAPlaceBelongsToThatPlace() {
        assertThat(named(resolve("The Chinese of Paris demanded police protection."), "Chinese").country()).isEqualTo("FRA");
    }

    @Test
    void forcesAbroadKeepTheirNation() {
        assertThat(named(resolve("Russian troops in France held exercises."), "Russian troops").country()).isEqualTo("RUS");
    }

    @Test
    void descriptionAfterTheNameGivesTheCountry() {
        assertThat(named(resolve("Ana Costa, a French lawyer, was detained."), "Ana Costa").country()).isEqualTo("FRA");
    }

    @Test
    void descriptionOpeningTheSentenceGivesTheCountry() {
        assertThat(named(resolve("A veteran Chinese diplomat, Wen Bo, arrived on Monday."), "Wen Bo").country())
                .isEqualTo("CHN");
    }

    @Test
    void bodyNamedBeforeADescriptionIsAnAffiliation() {
        assertThat(named(resolve("They met WTO negotiator Anna Berg on Monday."), "Anna Berg").affiliations())
                .contains("WTO");
    }

    @Test
    void bodyOfACountrysPossessiveIsThatCountrys() {
        assertThat(named(resolve("France's Constitutional Council rejected the law."), "Constitutional Council").country())
                .isEqualTo("FRA");
    }

    @Test
    void nationalityBeforeABodyAndADescription() {
        assertThat(named(resolve("French WTO negotiator Anne Morel arrived."), "Anne Morel").country()).isEqualTo("FRA");
    }

    @Test
    void possessiveCountryBeforeADescribedBody() {
        assertThat(named(resolve("France's state rail company SNCF cut services."), "SNCF").country()).isEqualTo("FRA");
    }
}
