package org.annals.code.eval;

import org.annals.code.Coding;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PloverEvaluationTest {
    private static final PloverEvaluation evaluation = new PloverEvaluation(Coding.ANALYZER);

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
