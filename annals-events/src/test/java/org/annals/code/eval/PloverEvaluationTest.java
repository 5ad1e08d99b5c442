package org.annals.code.eval;

import org.annals.annotate.corenlp.CoreNlpAnnotator;
import org.annals.annotate.corenlp.CoreNlpParser;
import org.annals.code.PlaceResolver;
import org.annals.code.PloverCoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PloverEvaluationTest {
    private static PloverEvaluation evaluation;

    @BeforeAll
    static void load() {
        evaluation = new PloverEvaluation(CoreNlpAnnotator.load(),
                new PloverCoder(CoreNlpParser.load(), PlaceResolver.byName()), ActorCountry.builtIn());
    }

    @Test
    void scoresBothHalvesWithOldCategoryNamesAndIntentionsReadThePloverWay() throws Exception {
        Path gold = Path.of(PloverEvaluationTest.class.getResource("plover-gold-sample.json").toURI());
        PloverEvaluation.Report report = evaluation.run(gold);
        assertThat(report.items()).hasSize(4);
        assertThat(report.items()).extracting(PloverEvaluation.Item::gold)
                .containsExactly("REQUEST", "AGREE", "ASSAULT", "CONSULT");
        assertThat(report.items()).extracting(PloverEvaluation.Item::full).containsExactly(true, true, true, false);
        assertThat(report.scores()).extracting(PloverEvaluation.Score::part)
                .containsExactly("first half", "second half", "all");
        PloverEvaluation.Score all = report.scores().get(2);
        assertThat(all.categoryCorrect()).isEqualTo(3);
        assertThat(all.uncoded()).isEqualTo(1);
        assertThat(report.summary()).contains("category 0.750", "full 0.750");
    }
}
