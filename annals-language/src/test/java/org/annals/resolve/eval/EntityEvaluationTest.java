package org.annals.resolve.eval;

import org.annals.model.Entity;
import org.annals.model.EntityType;
import org.annals.model.Span;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EntityEvaluationTest {
    //                                      0         1         2         3         4         5
    //                                      012345678901234567890123456789012345678901234567890123456789
    private static final String TEXT = "Ana Lobo met Paul Renaud in Paris. Lobo said he was glad.";
    private static final Span ANA = new Span(0, 8);
    private static final Span RENAUD = new Span(13, 24);
    private static final Span PARIS = new Span(28, 33);
    private static final Span LOBO = new Span(35, 39);
    private static final Span HE = new Span(45, 47);

    private static final GoldArticle GOLD = new GoldArticle("a1", LocalDate.of(2024, 5, 16), TEXT, false, List.of(
            new GoldEntity("Ana Lobo", EntityType.PERSON, "PRT", List.of(new GoldMention(ANA, MentionKind.NAME),
                    new GoldMention(LOBO, MentionKind.NAME), new GoldMention(HE, MentionKind.PRONOUN))),
            new GoldEntity("Paul Renaud", EntityType.PERSON, null, List.of(new GoldMention(RENAUD, MentionKind.NAME))),
            new GoldEntity("Paris", EntityType.LOCATION, "FRA", List.of(new GoldMention(PARIS, MentionKind.NAME)))));

    private static Entity entity(String name, EntityType type, String country, Span... mentions) {
        return new Entity("e", name, type, country, null, List.of(), List.of(), Arrays.asList(mentions), null);
    }

    private static EntityEvaluation.Result score(Entity... system) {
        return EntityEvaluation.evaluate(List.of(GOLD), a -> List.of(system));
    }

    @Test
    void theGoldItselfScoresOneEverywhereWithoutMismatches() {
        EntityEvaluation.Result r = score(entity("Ana Lobo", EntityType.PERSON, "PRT", ANA, LOBO, HE),
                entity("Paul Renaud", EntityType.PERSON, null, RENAUD), entity("Paris", EntityType.LOCATION, "FRA", PARIS));
        assertThat(List.of(r.names().f1(), r.allMentions().f1(), r.clustersOfNames().f1(), r.clustersOfAll().f1(),
                r.countryAccuracy())).containsOnly(1.0);
        assertThat(r.mismatches()).isEmpty();
    }

    @Test
    void aWrongTypeCostsTheTypedScoreButNotTheSpanOnlyOne() {
        EntityEvaluation.Result r = score(entity("Ana Lobo", EntityType.PERSON, "PRT", ANA, LOBO),
                entity("Paul Renaud", EntityType.PERSON, null, RENAUD), entity("Paris", EntityType.ORGANIZATION, "FRA", PARIS));
        assertThat(List.of(r.names().precision(), r.names().recall(), r.rows().get(EntityEvaluation.Row.UNTYPED).f1()))
                .containsExactly(0.75, 0.75, 1.0);
        assertThat(r.mismatches()).extracting(Mismatch::toString)
                .contains("a1  TYPE  LOCATION 'Paris'@28 given ORGANIZATION");
    }

    @Test
    void aSplitEntityHalvesRecallOfItsMentionsInBcubed() {
        EntityEvaluation.Result r = score(entity("Ana Lobo", EntityType.PERSON, "PRT", ANA),
                entity("Lobo", EntityType.PERSON, "PRT", LOBO), entity("Paul Renaud", EntityType.PERSON, null, RENAUD),
                entity("Paris", EntityType.LOCATION, "FRA", PARIS));
        // Ana Lobo and Lobo each see half of their gold cluster; Renaud and Paris are whole: (0.5+0.5+1+1)/4.
        assertThat(r.clustersOfNames().recall()).isCloseTo(0.75, within(1e-9));
        assertThat(r.clustersOfNames().precision()).isEqualTo(1.0);
        assertThat(r.mismatches()).extracting(Mismatch::kind).contains(Mismatch.Kind.SPLIT);
    }

    @Test
    void aMergedEntityCostsPrecisionInBcubed() {
        EntityEvaluation.Result r = score(entity("Ana Lobo", EntityType.PERSON, "PRT", ANA, LOBO, RENAUD),
                entity("Paris", EntityType.LOCATION, "FRA", PARIS));
        // Each of the three merged mentions has 2, 2 and 1 of 3 right: (2/3+2/3+1/3+1)/4.
        assertThat(r.clustersOfNames().precision()).isCloseTo((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 1) / 4, within(1e-9));
        assertThat(r.clustersOfNames().recall()).isEqualTo(1.0);
        assertThat(r.mismatches()).extracting(Mismatch::toString)
                .contains("a1  MERGED  system 'Ana Lobo' joins 'Ana Lobo' {'Ana Lobo'@0 'Lobo'@35} + 'Paul Renaud' {'Paul Renaud'@13}");
    }

    @Test
    void pronounsAreScoredApartFromNames() {
        EntityEvaluation.Result withPronoun = score(entity("Ana Lobo", EntityType.PERSON, "PRT", ANA, LOBO, HE));
        EntityEvaluation.Result without = score(entity("Ana Lobo", EntityType.PERSON, "PRT", ANA, LOBO));
        assertThat(List.of(withPronoun.names().recall(), without.names().recall())).containsExactly(0.5, 0.5);
        assertThat(List.of(withPronoun.rows().get(EntityEvaluation.Row.PRON_NOM).recall(),
                without.rows().get(EntityEvaluation.Row.PRON_NOM).recall())).containsExactly(1.0, 0.0);
    }

    @Test
    void missedSpuriousAndBoundaryMentionsAreListed() {
        EntityEvaluation.Result r = score(entity("Ana", EntityType.PERSON, null, new Span(0, 3)),
                entity("glad", EntityType.MISC, null, new Span(52, 56)));
        assertThat(r.mismatches()).extracting(Mismatch::toString).contains(
                "a1  BOUNDARY  PERSON 'Ana Lobo'@0 found as PERSON 'Ana'@0",
                "a1  MISSED  LOCATION 'Paris'@28",
                "a1  MISSED  PERSON/pron 'he'@45",
                "a1  SPURIOUS  MISC 'glad'@52");
    }

    @Test
    void possessivePronounsTheGoldDoesNotMarkAreNotCounted() {
        String text = "Ana Lobo met her son.";
        GoldArticle gold = new GoldArticle("a3", null, text, false, List.of(new GoldEntity("Ana Lobo", EntityType.PERSON,
                null, List.of(new GoldMention(new Span(0, 8), MentionKind.NAME)))));
        EntityEvaluation.Result r = EntityEvaluation.evaluate(List.of(gold),
                a -> List.of(entity("Ana Lobo", EntityType.PERSON, null, new Span(0, 8), new Span(13, 16))));
        assertThat(r.allMentions().precision()).isEqualTo(1.0);
    }

    @Test
    void countryIsJudgedOnTheEntityHoldingMostNameMentions() {
        EntityEvaluation.Result r = score(entity("Ana Lobo", EntityType.PERSON, "ESP", ANA, LOBO),
                entity("Paris", EntityType.LOCATION, "FRA", PARIS));
        assertThat(List.of(r.countryGold(), r.countryFound(), r.countryCorrect())).containsExactly(2, 2, 1);
        assertThat(r.mismatches()).extracting(Mismatch::toString)
                .contains("a1  COUNTRY  PERSON 'Ana Lobo' is PRT, given ESP");
    }

    @Test
    void precomputedOutputsAreScoredOnTheSelectedArticles() {
        GoldArticle heldout = new GoldArticle("a2", null, "Paris.", true, List.of(new GoldEntity("Paris",
                EntityType.LOCATION, "FRA", List.of(new GoldMention(new Span(0, 5), MentionKind.NAME)))));
        EntityEvaluation.Result r = EntityEvaluation.evaluate(List.of(GOLD, heldout),
                Map.of("a2", List.of(entity("Paris", EntityType.LOCATION, "FRA", new Span(0, 5)))), GoldArticle::heldout);
        assertThat(List.of(r.articles(), (int) r.names().recallDenominator(), (int) r.names().recallNumerator()))
                .containsExactly(1, 1, 1);
    }

    @Test
    void theTablePrintsEveryRowForEverySystem() {
        EntityEvaluation.Result r = score(entity("Paris", EntityType.LOCATION, "FRA", PARIS));
        String table = EntityEvaluation.table(Map.of("mine", r));
        assertThat(table).contains("mine", "mentions: names (4)", "B-cubed clusters: all mentions",
                "country accuracy (2)", "  country, LOCATION (1)");
        assertThat(table.lines().filter(l -> l.startsWith("mentions: names ")).findFirst().orElseThrow())
                .contains("1.000 0.250 0.400");
    }
}
