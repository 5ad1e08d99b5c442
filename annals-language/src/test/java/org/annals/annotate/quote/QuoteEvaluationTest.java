package org.annals.annotate.quote;

import org.annals.annotate.corenlp.CoreNlpAnnotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class QuoteEvaluationTest {
    private static QuoteEvaluation evaluation;

    @BeforeAll
    static void load() {
        evaluation = new QuoteEvaluation(CoreNlpAnnotator.load());
    }

    @Test
    void scoresTheGoldParagraphs() throws IOException {
        Path gold = Path.of(System.getProperty("annals.root", "."), "eval", "quotes", "gold.jsonl");
        assumeTrue(Files.exists(gold), "no gold at " + gold);
        QuoteEvaluation.Result result = evaluation.evaluate(gold, new QuoteAttributor());
        System.out.println(result.report());
        assertThat(result.all().spanF1()).isGreaterThan(0.5);
    }
}
