package org.annals.extract.eval;

import java.util.List;

/**
 * Macro precision, recall and F1 over pages, as the article-extraction-benchmark reports them.
 *
 * @param precision mean precision over pages where something was predicted or expected
 * @param recall    mean recall over pages where something was expected or predicted
 * @param f1        harmonic mean of the two
 * @param pages     the number of pages scored
 */
public record BenchmarkResult(double precision, double recall, double f1, int pages) {
    /** Aggregates per-page scores the way the benchmark's evaluate.py does. */
    public static BenchmarkResult of(List<ShingleScore> scores) {
        double p = scores.stream().filter(s -> s.tp() + s.fp() > 0).mapToDouble(ShingleScore::precision)
                .average().orElse(0);
        double r = scores.stream().filter(s -> s.tp() + s.fn() > 0).mapToDouble(ShingleScore::recall)
                .average().orElse(0);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new BenchmarkResult(p, r, f1, scores.size());
    }
}
