package org.annals.annotate.time;

/**
 * Reads times of day: "10:30", "10:30 a.m.", "3 pm", "3pm", "7.45 p.m.", "0600 GMT", "noon".
 *
 * <p>A bare "10:30" counts only after "at", "by", "until" and the like, or before a time zone; an hour
 * alone needs "a.m."/"p.m."; a four-digit "0600" needs "GMT"/"UTC"/"hours". So scores ("2-1"), race times
 * ("2:22:55"), prices ("14.20 dollars") and counts stay out.
 */
final class ClockParser {
    private ClockParser() {
    }

    /**
     * The time of day starting at token {@code i}, or null.
     *
     * @param contextual whether a time word ("at", "by", "until") comes just before token {@code i}
     */
    static TimeMatch parse(TokenSequence ts, int i, boolean contextual) {
        TimeToken t = ts.get(i);
        if (t.is("noon") || t.is("midday")) {
            return contextual ? new TimeMatch(i, i + 1, TimeReading.clock(12, -1)) : null;
        }
        if (t.kind() != TimeToken.Kind.NUMBER) {
            return null;
        }
        int half = meridiem(ts, i, i + 1);
        String text = t.text();
        int colon = Math.max(text.indexOf(':'), half != 0 ? text.indexOf('.') : -1);
        if (colon > 0) {
            return hourMinute(ts, i, text, colon, half, contextual);
        }
        int value = t.digits();
        if (half != 0 && value >= 1 && value <= 12 && text.length() <= 2) {
            return new TimeMatch(i, i + 2, TimeReading.clock(hour(value, half), -1));
        }
        if (text.length() == 4 && value >= 0 && value / 100 < 24 && value % 100 < 60 && isZone(ts, i, i + 1)) {
            return new TimeMatch(i, i + 1, TimeReading.clock(value / 100, value % 100));
        }
        return null;
    }

    private static TimeMatch hourMinute(TokenSequence ts, int i, String text, int colon, int half,
                                        boolean contextual) {
        String hourText = text.substring(0, colon);
        String minuteText = text.substring(colon + 1);
        if (hourText.length() > 2 || minuteText.length() != 2 || !minuteText.chars().allMatch(Character::isDigit)
                || !hourText.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int h = Integer.parseInt(hourText);
        int m = Integer.parseInt(minuteText);
        if (m > 59) {
            return null;
        }
        if (half != 0) {
            return h >= 1 && h <= 12
                    ? new TimeMatch(i, i + 2, TimeReading.clock(hour(h, half), m)) : null;
        }
        boolean placed = contextual || ts.is(i, i - 1, "at") || isZone(ts, i, i + 1);
        return h <= 23 && placed && text.indexOf(':') > 0 ? new TimeMatch(i, i + 1, TimeReading.clock(h, m)) : null;
    }

    private static int hour(int h, int half) {
        return half < 0 ? h % 12 : h % 12 + 12;
    }

    /** -1 for "a.m.", +1 for "p.m." at token {@code j} (possibly written "a.m" or "A.M."), else 0. */
    private static int meridiem(TokenSequence ts, int from, int j) {
        if (!ts.within(from, j)) {
            return 0;
        }
        return switch (ts.get(j).lower()) {
            case "am", "a.m.", "a.m" -> -1;
            case "pm", "p.m.", "p.m" -> 1;
            default -> 0;
        };
    }

    /** Whether a time zone follows token {@code j - 1}: "GMT", "UTC", "local time", "Beijing time", "hours". */
    static boolean isZone(TokenSequence ts, int from, int j) {
        return zoneEnd(ts, from, j) > j;
    }

    /** The index after a time zone starting at token {@code j}, or {@code j} when there is none. */
    static int zoneEnd(TokenSequence ts, int from, int j) {
        if (!ts.within(from, j)) {
            return j;
        }
        TimeToken t = ts.get(j);
        switch (t.text()) {
            case "GMT", "UTC", "ET", "EST", "EDT", "PT", "PST", "PDT", "CT", "BST", "CET", "CEST", "JST", "IST",
                 "hours", "hrs" -> {
                return j + 1;
            }
            default -> {
                boolean named = t.is("local") || t.capitalised();
                return named && ts.is(from, j + 1, "time") ? j + 2 : j;
            }
        }
    }
}
