package org.annals.extract.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction-benchmark's metric: 4-gram shingles of word tokens, true and false
 * positives and negatives normalised per page so long pages weigh no more than short ones.
 *
 * @param tp share of shingles found in both
 * @param fp share of shingles only in the prediction
 * @param fn share of shingles only in the gold text
 */
public record ShingleScore(double tp, double fp, double fn) {
    /** Word characters as Python's {@code \w} counts them: letters, numbers, underscore (not marks). */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int N = 4;

    /** Scores one page's predicted body against its gold body. */
    public static ShingleScore of(String gold, String predicted) {
        Map<List<String>, Integer> goldShingles = shingles(gold);
        Map<List<String>, Integer> predShingles = shingles(predicted);
        Set<List<String>> keys = new HashSet<>(goldShingles.keySet());
        keys.addAll(predShingles.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (List<String> key : keys) {
            int g = goldShingles.getOrDefault(key, 0);
            int p = predShingles.getOrDefault(key, 0);
            tp += Math.min(g, p);
            fp += Math.max(0, p - g);
            fn += Math.max(0, g - p);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new ShingleScore(tp / sum, fp / sum, fn / sum) : new ShingleScore(0, 0, 0);
    }

    /** Precision of this page as the benchmark defines it (1 when both are empty). */
    public double precision() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        if (tp == 0 && fp == 0) {
            return 0;
        }
        return tp / (tp + fp);
    }

    /** Recall of this page as the benchmark defines it (1 when both are empty). */
    public double recall() {
        if (fp == 0 && fn == 0) {
            return 1;
        }
        if (tp == 0 && fn == 0) {
            return 0;
        }
        return tp / (tp + fn);
    }

    static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new java.util.ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + N));
            if (!shingle.isEmpty()) {
                counts.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return counts;
    }
}
