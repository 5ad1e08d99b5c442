package org.annals.resolve.eval;

/**
 * Precision and recall as sums, so scores of articles add up before dividing (micro-averaged).
 * Counts of matched items give {@code (matched, system, matched, gold)}; B-cubed gives fractional
 * numerators.
 *
 * @param precisionNumerator   what the system got right, weighted for precision
 * @param precisionDenominator how much the system said
 * @param recallNumerator      what the system got right, weighted for recall
 * @param recallDenominator    how much the gold holds
 */
public record Score(double precisionNumerator, double precisionDenominator, double recallNumerator,
                    double recallDenominator) {
    /** Nothing scored yet. */
    public static final Score ZERO = new Score(0, 0, 0, 0);

    /** The score of {@code matched} items out of {@code system} found and {@code gold} expected. */
    public static Score counts(int matched, int system, int gold) {
        return new Score(matched, system, matched, gold);
    }

    /** Both scores' sums added. */
    public Score plus(Score other) {
        return new Score(precisionNumerator + other.precisionNumerator, precisionDenominator + other.precisionDenominator,
                recallNumerator + other.recallNumerator, recallDenominator + other.recallDenominator);
    }

    /** Precision, 0 when the system said nothing. */
    public double precision() {
        return precisionDenominator == 0 ? 0 : precisionNumerator / precisionDenominator;
    }

    /** Recall, 0 when the gold is empty. */
    public double recall() {
        return recallDenominator == 0 ? 0 : recallNumerator / recallDenominator;
    }

    /** The harmonic mean of precision and recall, 0 when both are 0. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
