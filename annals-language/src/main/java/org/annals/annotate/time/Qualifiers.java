package org.annals.annotate.time;

import org.annals.model.TimePrecision;

/**
 * Words around an expression that narrow it without moving it: before it "early", "late", "mid-",
 * "earlier", "later", "the end of", "the evening of"; after a day "morning", "afternoon", "evening",
 * "night". They belong to the expression's span; its value stays that of the expression they qualify.
 */
final class Qualifiers {
    private Qualifiers() {
    }

    /** A qualifier before an expression: where the expression starts, and whether it must name a day. */
    record Prefix(int end, boolean dayOnly) {
    }

    /** The qualifier starting at token {@code i}, or null. */
    static Prefix prefix(TokenSequence ts, int i) {
        TimeToken t = ts.get(i);
        switch (t.lower()) {
            case "early", "late", "mid", "earlier", "later" -> {
                int j = ts.is(i, i + 1, "-") && ts.attached(i + 1) ? i + 2 : i + 1;
                return ts.within(i, j) ? new Prefix(j, false) : null;
            }
            case "the" -> {
                if (!ts.within(i, i + 2) || !ts.get(i + 2).is("of") || !ts.within(i, i + 3)) {
                    return null;
                }
                TimeToken what = ts.get(i + 1);
                if (CalendarWords.isPartOfDay(what)) {
                    return new Prefix(i + 3, true);
                }
                return switch (what.lower()) {
                    case "end", "beginning", "start", "middle", "turn" -> new Prefix(i + 3, false);
                    default -> null;
                };
            }
            default -> {
                return null;
            }
        }
    }

    /** "the end of the year", "the start of the month": the anchor's own year or month, at token {@code i}. */
    static TimeMatch periodOfAnchor(TokenSequence ts, int start, int i) {
        if (!ts.is(start, i, "the") || !ts.within(start, i + 1)) {
            return null;
        }
        TimePrecision unit = RelativeParser.unit(ts.get(i + 1).lower());
        boolean period = unit == TimePrecision.YEAR || unit == TimePrecision.MONTH || unit == TimePrecision.WEEK
                || unit == TimePrecision.QUARTER;
        return period && ts.get(i + 1).is(unit.label())
                ? new TimeMatch(start, i + 2, TimeReading.relative(unit, 0)) : null;
    }

    /** The match widened over a part of the day after it ("Saturday afternoon"), when it names a day. */
    static TimeMatch withPartOfDay(TokenSequence ts, TimeMatch match) {
        int j = match.end();
        boolean day = match.reading().isDay();
        return day && ts.within(match.start(), j) && CalendarWords.isPartOfDay(ts.get(j))
                ? match.spanning(match.start(), j + 1) : match;
    }
}
