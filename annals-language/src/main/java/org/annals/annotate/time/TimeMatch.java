package org.annals.annotate.time;

/**
 * A time expression found in the tokens, not yet put on the calendar.
 *
 * @param start   index of its first token
 * @param end     index after its last token
 * @param reading what it says
 */
record TimeMatch(int start, int end, TimeReading reading) {
    /** The longer of two matches starting at the same token; {@code this} on a tie. */
    TimeMatch orLonger(TimeMatch other) {
        return other != null && other.end > end ? other : this;
    }

    /** The same match widened to other token bounds. */
    TimeMatch spanning(int from, int to) {
        return new TimeMatch(from, to, reading);
    }

    /** The longer of two possibly absent matches. */
    static TimeMatch longer(TimeMatch a, TimeMatch b) {
        return a == null ? b : a.orLonger(b);
    }
}
