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

    @Test
    void countsMatchesMissesAndWrongSpeakers(@TempDir Path dir) throws IOException {
        String text = "Anna Varga said the talks had failed. Officials said the border would reopen.";
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"id\":\"t1\",\"text\":\"" + text + "\",\"entities\":[{\"id\":\"e1\","
                + "\"name\":\"Anna Varga\",\"type\":\"PERSON\",\"mentions\":[[0,10]]}],\"quotes\":["
                + "{\"text\":\"the talks had failed\",\"kind\":\"reported\",\"speaker\":\"Anna Varga\",\"cue\":\"said\"},"
                + "{\"text\":\"the border would reopen\",\"kind\":\"reported\",\"speaker\":\"Anna Varga\",\"cue\":\"said\"},"
                + "{\"text\":\"Nobody\",\"kind\":\"direct\",\"speaker\":null,\"cue\":null}]}\n");
        QuoteEvaluation.Result result = evaluation.evaluate(gold, new QuoteAttributor());
        assertThat(result.tuning().gold()).isEqualTo(3);
        assertThat(result.tuning().matched()).isEqualTo(2);
        assertThat(result.tuning().speakerRight()).isEqualTo(1);
        assertThat(result.mismatches()).anyMatch(m -> m.startsWith("t1 missed"))
                .anyMatch(m -> m.startsWith("t1 speaker") && m.endsWith("got null"));
    }
}
