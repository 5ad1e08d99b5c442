package org.annals.annotate.time;

/**
 * Reads quarters of a year: "the first quarter of 2024", "the third quarter", "Q1 2024", "the fourth
 * quarter of last year", "first-quarter" (as in "first-quarter growth").
 */
final class QuarterParser {
    private QuarterParser() {
    }

    /** The longest quarter expression starting at token {@code i}, or null. */
    static TimeMatch parse(TokenSequence ts, int i) {
        TimeToken t = ts.get(i);
        if (t.is("q") && t.capitalised() && ts.within(i, i + 1) && ts.attached(i + 1)) {
            int quarter = ts.get(i + 1).digits();
            return quarter >= 1 && quarter <= 4 ? ofYear(ts, i, i + 2, quarter) : null;
        }
        int j = t.is("the") ? i + 1 : i;
        if (!ts.within(i, j + 1)) {
            return null;
        }
        int quarter = CalendarWords.quarterOrdinal(ts.get(j));
        int k = j + 1;
        if (ts.get(k).is("-") && ts.attached(k)) {
            k++;
        }
        if (quarter == 0 || !ts.is(i, k, "quarter")) {
            return null;
        }
        if (!ts.is(i, k + 1, "of")) {
            return new TimeMatch(i, k + 1, TimeReading.quarter(quarter, 0, null));
        }
        return ofYear(ts, i, k + 2, quarter);
    }

    /** A quarter with the year at token {@code j} when there is one: "2024", "this year", "last year". */
    private static TimeMatch ofYear(TokenSequence ts, int i, int j, int quarter) {
        int year = ts.within(i, j) ? DateParser.year(ts.get(j)) : 0;
        if (year > 0) {
            return new TimeMatch(i, j + 1, TimeReading.absoluteQuarter(year, quarter));
        }
        if (ts.within(i, j + 1) && ts.get(j + 1).is("year")) {
            int shift = RelativeParser.shift(ts.get(j));
            if (shift != Integer.MIN_VALUE) {
                return new TimeMatch(i, j + 2, TimeReading.quarter(quarter, 0, shift));
            }
        }
        // "the first quarter of" followed by something else: the quarter alone
        int end = ts.get(j - 1).is("of") ? j - 1 : j;
        return new TimeMatch(i, end, TimeReading.quarter(quarter, 0, null));
    }
}
