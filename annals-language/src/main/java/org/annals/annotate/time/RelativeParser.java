package org.annals.annotate.time;

import org.annals.model.TimePrecision;

/**
 * Reads expressions counted from the anchor: "today", "yesterday", "tomorrow", "tonight", "last night",
 * "this morning", "last week", "next month", "this year", "the year before", "three days ago", weekdays
 * ("Wednesday", "next Sunday") and months named relative to now ("last February", "this May").
 */
final class RelativeParser {
    private RelativeParser() {
    }

    /** The longest relative expression starting at token {@code i}, or null. */
    static TimeMatch parse(TokenSequence ts, int i) {
        TimeToken t = ts.get(i);
        if (t.kind() != TimeToken.Kind.WORD) {
            return t.kind() == TimeToken.Kind.NUMBER ? ago(ts, i) : null;
        }
        switch (t.lower()) {
            case "today", "tonight" -> {
                return new TimeMatch(i, i + 1, TimeReading.relative(TimePrecision.DAY, 0));
            }
            case "yesterday" -> {
                return new TimeMatch(i, i + 1, TimeReading.relative(TimePrecision.DAY, -1));
            }
            case "tomorrow" -> {
                return new TimeMatch(i, i + 1, TimeReading.relative(TimePrecision.DAY, 1));
            }
            case "the" -> {
                return yearBefore(ts, i);
            }
            default -> {
                // fall through to the shifted and counted forms
            }
        }
        int weekday = CalendarWords.weekday(t);
        if (weekday > 0) {
            return new TimeMatch(i, i + 1, TimeReading.weekday(weekday, 0));
        }
        TimeMatch shifted = shifted(ts, i);
        return shifted != null ? shifted : ago(ts, i);
    }

    /** The shift a word gives a unit: "this" 0, "last" -1, "next" +1; {@link Integer#MIN_VALUE} otherwise. */
    static int shift(TimeToken token) {
        return switch (token.lower()) {
            case "this" -> 0;
            case "last" -> -1;
            case "next", "coming" -> 1;
            default -> Integer.MIN_VALUE;
        };
    }

    /** "last week", "this morning", "last night", "next Sunday", "last February". */
    private static TimeMatch shifted(TokenSequence ts, int i) {
        int shift = shift(ts.get(i));
        if (shift == Integer.MIN_VALUE || !ts.within(i, i + 1)) {
            return null;
        }
        TimeToken next = ts.get(i + 1);
        TimePrecision unit = unit(next.lower());
        if (unit != null && unit != TimePrecision.DAY) {
            return new TimeMatch(i, i + 2, TimeReading.relative(unit, shift));
        }
        if (CalendarWords.isPartOfDay(next)) {
            boolean lastNight = shift == -1 && next.is("night");
            return shift == 0 || lastNight
                    ? new TimeMatch(i, i + 2, TimeReading.relative(TimePrecision.DAY, shift)) : null;
        }
        int weekday = CalendarWords.weekday(next);
        if (weekday > 0) {
            return new TimeMatch(i, i + 2, TimeReading.weekday(weekday, shift));
        }
        int month = CalendarWords.month(next);
        if (month > 0) {
            return new TimeMatch(i, i + 2, shift == 0
                    ? TimeReading.month(month, 0, 0) : TimeReading.month(month, shift, null));
        }
        return null;
    }

    /** "three days ago", "a year ago", "2 weeks ago". */
    private static TimeMatch ago(TokenSequence ts, int i) {
        int count = CalendarWords.count(ts.get(i));
        if (count == 0 || !ts.within(i, i + 2) || !ts.get(i + 2).is("ago")) {
            return null;
        }
        TimePrecision unit = unit(ts.get(i + 1).lower());
        return unit == null ? null : new TimeMatch(i, i + 3, TimeReading.relative(unit, -count));
    }

    /** "the year before", "the previous year": the year before the anchor's. */
    private static TimeMatch yearBefore(TokenSequence ts, int i) {
        if (ts.is(i, i + 1, "year") && ts.is(i, i + 2, "before")) {
            return new TimeMatch(i, i + 3, TimeReading.relative(TimePrecision.YEAR, -1));
        }
        if (ts.is(i, i + 1, "previous") && ts.within(i, i + 2)) {
            TimePrecision unit = unit(ts.get(i + 2).lower());
            return unit == null || unit == TimePrecision.DAY
                    ? null : new TimeMatch(i, i + 3, TimeReading.relative(unit, -1));
        }
        return null;
    }

    /** The calendar unit a word names ("week", "months"), or null. */
    static TimePrecision unit(String word) {
        return switch (word) {
            case "day", "days" -> TimePrecision.DAY;
            case "week", "weeks" -> TimePrecision.WEEK;
            case "month", "months" -> TimePrecision.MONTH;
            case "quarter", "quarters" -> TimePrecision.QUARTER;
            case "year", "years" -> TimePrecision.YEAR;
            default -> null;
        };
    }
}
