package org.annals.annotate.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Reads calendar dates: "16 May 2024", "May 16, 2024", "May 16th", "2024-05-16", "16/05/2024", "October
 * 2023", "in April", "February this year" and bare years ("in 2023").
 *
 * <p>Numeric dates with slashes, dots or dashes are read day-first or month-first only when one of the
 * first two numbers is above 12 (or both are equal); "05/06/2024" is left alone. A lone month name or a
 * bare four-digit number is a time only in a time context (a preposition such as "in", "since", "by" before
 * it, or a qualifier such as "early"), which keeps "Theresa May", "1500 troops" and "020 7946 0018" out.
 */
final class DateParser {
    private static final int MIN_YEAR = 1000;
    private static final int MAX_YEAR = 2099;
    /** Three numbers joined by the same separator, the way numeric dates are written. */
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,4}([-/.])\\d{1,2}\\1\\d{1,4}");

    private DateParser() {
    }

    /**
     * The longest date starting at token {@code i}, or null.
     *
     * @param contextual whether a time word (preposition or qualifier) comes just before token {@code i}
     */
    static TimeMatch parse(TokenSequence ts, int i, boolean contextual) {
        TimeToken t = ts.get(i);
        if (t.kind() == TimeToken.Kind.NUMBER) {
            TimeMatch numeric = numericDate(ts, i);
            return numeric != null ? numeric : TimeMatch.longer(dayFirst(ts, i), bareYear(ts, i, contextual));
        }
        if (t.kind() == TimeToken.Kind.WORD) {
            return monthFirst(ts, i, contextual);
        }
        return null;
    }

    /** "2024-05-16", "2024/05/16", "16/05/2024", "05/16/2024", "16.05.2024". */
    private static TimeMatch numericDate(TokenSequence ts, int i) {
        String text = ts.get(i).text();
        if (text.length() < 8 || text.length() > 10) {
            return null;
        }
        if (!NUMERIC_DATE.matcher(text).matches()) {
            return null;
        }
        String[] parts = text.split("[-/.]", -1);
        int a = Integer.parseInt(parts[0]);
        int b = Integer.parseInt(parts[1]);
        int c = Integer.parseInt(parts[2]);
        if (parts[0].length() == 4) {
            return date(i, a, b, c);
        }
        if (parts[2].length() != 4) {
            return null;
        }
        if (a > 12 || a == b) {
            return date(i, c, b, a);
        }
        return b > 12 ? date(i, c, a, b) : null;
    }

    private static TimeMatch date(int i, int year, int month, int day) {
        return isDate(year, month, day) ? new TimeMatch(i, i + 1, TimeReading.absolute(year, month, day)) : null;
    }

    /** "16 May", "16th May 2024", "16 of May". */
    private static TimeMatch dayFirst(TokenSequence ts, int i) {
        int day = dayNumber(ts.get(i));
        if (day == 0) {
            return null;
        }
        int j = i + 1;
        if (ts.within(i, j) && ts.attached(j) && CalendarWords.isOrdinalSuffix(ts.get(j))) {
            j++;
        }
        if (ts.is(i, j, "of")) {
            j++;
        }
        if (!ts.within(i, j)) {
            return null;
        }
        int month = CalendarWords.monthOrAbbreviation(ts.get(j));
        if (month == 0) {
            return null;
        }
        j = afterAbbreviationDot(ts, i, j);
        return withYear(ts, i, j, month, day);
    }

    /** "May 16, 2024", "May 16th", "Oct. 2023", "May 2024", "in April", "February this year". */
    private static TimeMatch monthFirst(TokenSequence ts, int i, boolean contextual) {
        int month = CalendarWords.monthOrAbbreviation(ts.get(i));
        if (month == 0) {
            return null;
        }
        boolean fullName = CalendarWords.month(ts.get(i)) != 0;
        int j = afterAbbreviationDot(ts, i, i);
        if (ts.within(i, j)) {
            int day = dayNumber(ts.get(j));
            if (day > 0) {
                int k = j + 1;
                if (ts.within(i, k) && ts.attached(k) && CalendarWords.isOrdinalSuffix(ts.get(k))) {
                    k++;
                }
                return withYear(ts, i, k, month, day);
            }
            int year = year(ts.get(j));
            if (year > 0) {
                return new TimeMatch(i, j + 1, TimeReading.absolute(year, month, 0));
            }
            if (ts.is(i, j, ",") && year(next(ts, i, j + 1)) > 0) {
                return new TimeMatch(i, j + 2, TimeReading.absolute(year(ts.get(j + 1)), month, 0));
            }
        }
        TimeMatch relativeYear = monthOfRelativeYear(ts, i, j, month);
        if (relativeYear != null) {
            return relativeYear;
        }
        return fullName && contextual ? new TimeMatch(i, j, TimeReading.month(month, 0, null)) : null;
    }

    /** "February this year", "May of last year". */
    private static TimeMatch monthOfRelativeYear(TokenSequence ts, int i, int j, int month) {
        int k = ts.is(i, j, "of") ? j + 1 : j;
        if (!ts.within(i, k + 1) || !ts.get(k + 1).is("year")) {
            return null;
        }
        int shift = RelativeParser.shift(ts.get(k));
        return shift == Integer.MIN_VALUE ? null : new TimeMatch(i, k + 2, TimeReading.month(month, 0, shift));
    }

    /** A month and day with an optional year after them: "May 16, 2024", "16 May 2024". */
    private static TimeMatch withYear(TokenSequence ts, int i, int j, int month, int day) {
        if (!isDate(2000, month, day)) {
            return null;
        }
        int k = ts.is(i, j, ",") ? j + 1 : j;
        int year = ts.within(i, k) ? year(ts.get(k)) : 0;
        if (year > 0 && isDate(year, month, day)) {
            return new TimeMatch(i, k + 1, TimeReading.absolute(year, month, day));
        }
        return new TimeMatch(i, j, TimeReading.monthDay(month, day));
    }

    /**
     * The second day of "May 16 and 17" or "June 7th to 8th", read after the first, with the first's
     * month and year; null when {@code first} is not a day or no later day follows it.
     */
    static TimeMatch secondDay(TokenSequence ts, TimeMatch first) {
        TimeReading r = first.reading();
        boolean day = (r.kind() == TimeReading.Kind.MONTH_DAY || r.kind() == TimeReading.Kind.ABSOLUTE) && r.isDay();
        int j = first.end();
        if (!day || !ts.within(first.start(), j + 1) || !isRangeLink(ts.get(j))) {
            return null;
        }
        int second = dayNumber(ts.get(j + 1));
        if (second <= r.day() || !isDate(r.year() == 0 ? 2000 : r.year(), r.month(), second)) {
            return null;
        }
        int end = j + 2;
        if (ts.within(first.start(), end) && ts.attached(end) && CalendarWords.isOrdinalSuffix(ts.get(end))) {
            end++;
        }
        TimeToken after = next(ts, first.start(), end);
        if (after != null && after.kind() == TimeToken.Kind.WORD && !after.capitalised()) {
            return null;
        }
        TimeReading reading = r.kind() == TimeReading.Kind.ABSOLUTE
                ? TimeReading.absolute(r.year(), r.month(), second) : TimeReading.monthDay(r.month(), second);
        return new TimeMatch(j + 1, end, reading);
    }

    /** Whether a token joins the two ends of a range of days or years: "and", "to", "through", a dash. */
    static boolean isRangeLink(TimeToken token) {
        return switch (token.lower()) {
            case "and", "to", "through", "-", "\u2013" -> true;
            default -> false;
        };
    }

    /**
     * "in 2023", "since 1986", "2019" of "from 2019 to 2021" (see the class comment for the context rule); and
     * without context a modern year that names something: "the 2024 election", "the 2022 World Cup",
     * "2023's heat".
     */
    private static TimeMatch bareYear(TokenSequence ts, int i, boolean contextual) {
        int year = year(ts.get(i));
        if (year == 0) {
            return null;
        }
        if (!contextual) {
            return year >= 1900 && namesSomething(ts, i) ? new TimeMatch(i, i + 1, TimeReading.absolute(year, 0, 0))
                    : null;
        }
        TimeToken after = next(ts, i, i + 1);
        if (after != null && (after.is("%") || after.kind() == TimeToken.Kind.NUMBER)) {
            return null;
        }
        // before 1900 a number after "in" is more often a count ("in 1500 homes") unless nothing follows it
        boolean countAfter = after != null && after.kind() == TimeToken.Kind.WORD && !after.capitalised();
        return year >= 1900 || !countAfter ? new TimeMatch(i, i + 1, TimeReading.absolute(year, 0, 0)) : null;
    }

    /** "the 2024 election", "its 2023 budget", "the 2022 World Cup", "2023's": a year used as a modifier. */
    private static boolean namesSomething(TokenSequence ts, int i) {
        TimeToken after = next(ts, i, i + 1);
        if (after == null) {
            return false;
        }
        boolean possessive = (after.is("'") || after.is("\u2019")) && ts.attached(i + 1) && ts.is(i, i + 2, "s")
                && ts.attached(i + 2);
        TimeToken before = next(ts, i, i - 1);
        boolean determined = before != null && CalendarWords.isDeterminer(before);
        return possessive || determined && (after.capitalised() || CalendarWords.isEventNoun(after));
    }

    private static TimeToken next(TokenSequence ts, int from, int i) {
        return ts.within(from, i) ? ts.get(i) : null;
    }

    private static int afterAbbreviationDot(TokenSequence ts, int from, int monthToken) {
        int j = monthToken + 1;
        boolean abbreviation = CalendarWords.month(ts.get(monthToken)) == 0;
        return abbreviation && ts.is(from, j, ".") && ts.attached(j) ? j + 1 : j;
    }

    /** A day of the month written as one or two digits, or 0. */
    static int dayNumber(TimeToken token) {
        int value = token.text().length() <= 2 ? token.digits() : -1;
        return value >= 1 && value <= 31 ? value : 0;
    }

    /** A plausible year written as four digits, or 0. */
    static int year(TimeToken token) {
        if (token == null || token.text().length() != 4) {
            return 0;
        }
        int value = token.digits();
        return value >= MIN_YEAR && value <= MAX_YEAR ? value : 0;
    }

    static boolean isDate(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day == 0 ? 1 : day);
            return month > 0;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
