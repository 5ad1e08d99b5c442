package org.annals.annotate.time;

/**
 * Whether the clause before an expression speaks of the future ("will", "plans to", "is due", "next"), so
 * that a bare weekday or date is the coming one rather than the last one. News mostly reports what has
 * happened, so without a cue the past is preferred.
 */
final class FutureCue {
    /** How many tokens back a cue is looked for: about a short clause. */
    static final int WINDOW = 8;

    private FutureCue() {
    }

    /** Whether a future cue comes within {@link #WINDOW} tokens before token {@code start}, in its sentence. */
    static boolean before(TokenSequence ts, int start) {
        for (int j = start - 1; j >= start - WINDOW && ts.within(start, j); j--) {
            if (CalendarWords.isFutureCue(ts.get(j))) {
                return true;
            }
        }
        return false;
    }
}
