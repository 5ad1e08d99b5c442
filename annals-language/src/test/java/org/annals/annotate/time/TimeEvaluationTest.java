package org.annals.annotate.time;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TimeEvaluationTest {
    @Test
    void scoresSpansAndValuesAndListsMismatches(@TempDir Path dir) throws IOException {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, """
                {"id":"a","published":"2024-05-17","dateline":null,"text":"It rained on Thursday and in 2019.","times":[{"text":"Thursday","start":13,"end":21,"value":"2024-05-16","precision":"day"},{"text":"2019","start":29,"end":33,"value":"2018","precision":"year"}]}
                {"id":"b","published":"2024-05-17","dateline":null,"heldout":true,"text":"Six weeks ago it rained yesterday.","times":[]}
                """);
        TimeEvaluation.Result result = TimeEvaluation.evaluate(gold, new TimeTagger());
        assertThat(result.tuning().spanRecall()).isEqualTo(1.0);
        assertThat(result.tuning().valueRecall()).isEqualTo(0.5);
        assertThat(result.heldout().tagged()).isEqualTo(2);
        assertThat(result.all().spanPrecision()).isEqualTo(0.5);
        assertThat(result.mismatches()).extracting(TimeEvaluation.Mismatch::kind)
                .containsExactly("value", "spurious", "spurious");
        assertThat(result.summary()).startsWith("all      gold   2 tagged   4  spans P 0.500 R 1.000 F1 0.667");
    }

    @Test
    void readsTheProjectGold() throws IOException {
        Path gold = Path.of(System.getProperty("annals.root", ".."), "eval", "times", "gold.jsonl");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(gold));
        TimeEvaluation.Result result = TimeEvaluation.evaluate(gold, new TimeTagger());
        assertThat(result.all().gold()).isGreaterThan(100);
        assertThat(result.all().spanF1()).isGreaterThan(0.8);
    }
}
