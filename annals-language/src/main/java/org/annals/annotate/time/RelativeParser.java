package org.annals.annotate.time;

import org.annals.model.TimePrecision;

/**
 * Reads expressions counted from the anchor: "today", "yesterday", "tomorrow", "tonight", "last night",
 * "this morning", "last week", "next month", "this year", "three days ago", weekdays ("Wednesday", "next
 * Sunday") and months named relative to now ("last February", "this May"); and those counted from the time
 * the story last named: "the year before", "the previous quarter", "the following day", "a year earlier".
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
        if (isName(ts, i)) {
            return null;
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
                return narrative(ts, i);
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

    /**
     * Whether the word at {@code i} is part of a name rather than a time: "Black Friday", "Good Friday", "told
     * USA TODAY that" (an all-capital word after a capitalised one, in lower-case text).
     */
    private static boolean isName(TokenSequence ts, int i) {
        if (!ts.within(i, i - 1)) {
            return false;
        }
        TimeToken before = ts.get(i - 1);
        TimeToken t = ts.get(i);
        boolean shouted = t.text().length() > 1 && t.text().equals(t.text().toUpperCase(java.util.Locale.ROOT));
        boolean lowerAfter = ts.within(i, i + 1) && ts.get(i + 1).kind() == TimeToken.Kind.WORD
                && !ts.get(i + 1).capitalised();
        return CalendarWords.isHolidayPrefix(before) && CalendarWords.weekday(t) > 0
                || shouted && before.capitalised() && lowerAfter;
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

    /**
     * "last week", "this morning", "last night", "next Sunday", "last February"; not after "the", where "the
     * last year" and "the next month" are stretches of time and "the last week of May" is no week before now.
     */
    private static TimeMatch shifted(TokenSequence ts, int i) {
        int shift = shift(ts.get(i));
        if (shift == Integer.MIN_VALUE || !ts.within(i, i + 1) || ts.is(i, i - 1, "the")) {
            return null;
        }
        TimeToken next = ts.get(i + 1);
        TimePrecision unit = unit(next.lower());
        // singular only: "the coming weeks" is no particular week
        if (unit != null && unit != TimePrecision.DAY && next.is(unit.label())) {
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

    /** "three days ago", "a year ago", "2 weeks ago"; "a year earlier", "two days later". */
    private static TimeMatch ago(TokenSequence ts, int i) {
        int count = CalendarWords.count(ts.get(i));
        if (count == 0 || !ts.within(i, i + 2)) {
            return null;
        }
        TimePrecision unit = unit(ts.get(i + 1).lower());
        if (unit == null) {
            return null;
        }
        return switch (ts.get(i + 2).lower()) {
            case "ago" -> new TimeMatch(i, i + 3, TimeReading.relative(unit, -count));
            case "earlier" -> new TimeMatch(i, i + 3, TimeReading.narrative(unit, -count));
            case "later" -> new TimeMatch(i, i + 3, TimeReading.narrative(unit, count));
            default -> null;
        };
    }

    /** "the year before", "the previous quarter", "the preceding month", "the following day", "the next day". */
    private static TimeMatch narrative(TokenSequence ts, int i) {
        if (ts.is(i, i + 1, "year") && ts.is(i, i + 2, "before")) {
            return new TimeMatch(i, i + 3, TimeReading.narrative(TimePrecision.YEAR, -1));
        }
        if (!ts.within(i, i + 2)) {
            return null;
        }
        TimeToken which = ts.get(i + 1);
        TimePrecision unit = unit(ts.get(i + 2).lower());
        if (unit == null || !ts.get(i + 2).is(unit.label())) {
            return null;
        }
        // "the next year" is mostly a stretch of time ahead; only "the next day" counts as a day
        int shift = switch (which.lower()) {
            case "previous", "preceding" -> -1;
            case "following" -> 1;
            case "next" -> unit == TimePrecision.DAY ? 1 : 0;
            default -> 0;
        };
        return shift == 0 ? null : new TimeMatch(i, i + 3, TimeReading.narrative(unit, shift));
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
