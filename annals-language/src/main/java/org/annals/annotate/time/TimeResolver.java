package org.annals.annotate.time;

import org.annals.model.TimePrecision;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;

/**
 * Puts a {@link TimeReading} on the calendar against a {@link TimeAnchor}.
 *
 * <p>A month, quarter or month-day without a year goes to the year that puts it nearest the anchor, a
 * distance into the future counting double (news mostly looks back: "April 12" on 2023-05-29 is
 * 2023-04-12, "December 30" on 2024-01-03 is 2023-12-30); in a future-tense clause it is the first one on
 * or after the anchor. A bare weekday is the nearest one on or before the anchor, or on or after it in a
 * future-tense clause; "last"/"next" make it strictly before/after. An anchor with a year only places
 * months and days in that year; a year-less anchor gives year-less days ("--04-12") and months ("--04")
 * and cannot place weekdays, weeks or years. Whatever cannot be placed gets a null value and precision.
 */
final class TimeResolver {
    private TimeResolver() {
    }

    /**
     * The calendar value of an expression.
     *
     * @param value     ISO-8601 value, or null when the expression could not be placed
     * @param precision how precise the value is, null with it
     * @param anchor    "none" for an absolute expression (or one not placed), else the anchor's source
     * @param start     the first day of the period it names when that has a year, else null: what a later
     *                  "the year before" or bare time of day is read against
     */
    record Resolution(String value, TimePrecision precision, String anchor, LocalDate start) {
        static final Resolution UNPLACED = new Resolution(null, null, "none", null);

        /** Whether a later expression of the given unit may be counted from this one. */
        boolean isReferenceFor(TimePrecision unit) {
            return start != null && precision.ordinal() >= unit.ordinal();
        }
    }

    /**
     * Resolves a reading.
     *
     * @param future    whether the expression's clause speaks of the future
     * @param reference the expression placed last in the paragraph, or null: "the year before" and "two days
     *                  later" count from it when it is at least as precise as their unit, else from the anchor
     * @param dayReference the last expression of the paragraph that named a day, or null: a bare time of day
     *                  is on that day unless it lies after the anchor in a clause not future
     */
    static Resolution resolve(TimeReading r, TimeAnchor a, boolean future, Resolution reference,
                              Resolution dayReference) {
        return switch (r.kind()) {
            case ABSOLUTE -> absolute(r);
            case MONTH_DAY -> monthDay(r, a, future);
            case MONTH -> month(r, a, future);
            case QUARTER -> quarter(r, a, future);
            case WEEKDAY -> weekday(r, a, future);
            case RELATIVE -> r.narrative() && reference != null && reference.isReferenceFor(r.unit())
                    ? relative(r, anchorAt(reference)) : relative(r, a);
            case CLOCK -> onReferenceDay(dayReference, a, future)
                    ? day(dayReference.start(), r, dayReference.anchor()) : day(a.date(), r, a.source());
        };
    }

    /** Whether a bare time of day goes on the day named last: not when that is later than a past clause allows. */
    private static boolean onReferenceDay(Resolution reference, TimeAnchor a, boolean future) {
        return reference != null && reference.isReferenceFor(TimePrecision.DAY)
                && (future || a.date() == null || !reference.start().isAfter(a.date()));
    }

    private static TimeAnchor anchorAt(Resolution reference) {
        LocalDate start = reference.start();
        return new TimeAnchor(start.getYear(), start.getMonthValue(), start.getDayOfMonth(), reference.anchor());
    }

    private static Resolution absolute(TimeReading r) {
        if (r.quarter() > 0) {
            return quarterOf(r.year(), r.quarter(), "none");
        }
        if (r.day() > 0) {
            return day(LocalDate.of(r.year(), r.month(), r.day()), r, "none");
        }
        if (r.month() > 0) {
            return monthOf(r.year(), r.month(), "none");
        }
        return year(r.year(), "none");
    }

    private static Resolution monthDay(TimeReading r, TimeAnchor a, boolean future) {
        if (a.year() == null) {
            return a.month() == null ? Resolution.UNPLACED : yearless(r.month(), r.day(), r, a.source());
        }
        if (a.month() == null) {
            return DateParser.isDate(a.year(), r.month(), r.day())
                    ? day(LocalDate.of(a.year(), r.month(), r.day()), r, a.source()) : Resolution.UNPLACED;
        }
        LocalDate best = null;
        long bestCost = Long.MAX_VALUE;
        for (int year = a.year() - 1; year <= a.year() + 1; year++) {
            if (!DateParser.isDate(year, r.month(), r.day())) {
                continue;
            }
            LocalDate candidate = LocalDate.of(year, r.month(), r.day());
            long distance = a.day() != null
                    ? ChronoUnit.DAYS.between(a.date(), candidate)
                    : 31L * monthsBetween(a.year(), a.month(), year, r.month());
            long cost = cost(distance, future);
            if (cost < bestCost) {
                best = candidate;
                bestCost = cost;
            }
        }
        return best == null ? Resolution.UNPLACED : day(best, r, a.source());
    }

    private static Resolution month(TimeReading r, TimeAnchor a, boolean future) {
        if (r.yearShift() != null) {
            return a.year() == null ? Resolution.UNPLACED : monthOf(a.year() + r.yearShift(), r.month(), a.source());
        }
        if (a.year() == null) {
            return a.month() == null ? Resolution.UNPLACED
                    : new Resolution(String.format("--%02d", r.month()), TimePrecision.MONTH, a.source(), null);
        }
        if (a.month() == null) {
            return monthOf(a.year(), r.month(), a.source());
        }
        if (r.offset() != 0) {
            int year = r.offset() < 0 ? (r.month() < a.month() ? a.year() : a.year() - 1)
                    : (r.month() > a.month() ? a.year() : a.year() + 1);
            return monthOf(year, r.month(), a.source());
        }
        return monthOf(nearestYear(a.year(), a.month(), r.month(), 1, future), r.month(), a.source());
    }

    private static Resolution quarter(TimeReading r, TimeAnchor a, boolean future) {
        if (a.year() == null) {
            return Resolution.UNPLACED;
        }
        int year = r.yearShift() != null ? a.year() + r.yearShift()
                : a.month() == null ? a.year()
                : nearestYear(a.year(), quarterOf(a.month()), r.quarter(), 3, future);
        return quarterOf(year, r.quarter(), a.source());
    }

    private static Resolution weekday(TimeReading r, TimeAnchor a, boolean future) {
        LocalDate anchor = a.date();
        if (anchor == null) {
            return Resolution.UNPLACED;
        }
        int ahead = Math.floorMod(r.weekday() - anchor.getDayOfWeek().getValue(), 7);
        int behind = Math.floorMod(anchor.getDayOfWeek().getValue() - r.weekday(), 7);
        LocalDate day;
        if (r.offset() < 0) {
            day = anchor.minusDays(behind == 0 ? 7 : behind);
        } else if (r.offset() > 0) {
            day = anchor.plusDays(ahead == 0 ? 7 : ahead);
        } else {
            day = future ? anchor.plusDays(ahead) : anchor.minusDays(behind);
        }
        return day(day, r, a.source());
    }

    private static Resolution relative(TimeReading r, TimeAnchor a) {
        switch (r.unit()) {
            case DAY -> {
                if (a.day() == null) {
                    return Resolution.UNPLACED;
                }
                if (a.year() == null) {
                    // a leap year keeps "--02-29" valid; the year is not printed
                    LocalDate shifted = LocalDate.of(2000, a.month(), a.day()).plusDays(r.offset());
                    return yearless(shifted.getMonthValue(), shifted.getDayOfMonth(), r, a.source());
                }
                return day(a.date().plusDays(r.offset()), r, a.source());
            }
            case WEEK -> {
                if (a.date() == null) {
                    return Resolution.UNPLACED;
                }
                LocalDate week = a.date().plusWeeks(r.offset());
                String value = String.format("%d-W%02d", week.get(IsoFields.WEEK_BASED_YEAR),
                        week.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                return new Resolution(value, TimePrecision.WEEK, a.source(), week.with(DayOfWeek.MONDAY));
            }
            case MONTH -> {
                if (a.year() == null || a.month() == null) {
                    return Resolution.UNPLACED;
                }
                YearMonth month = YearMonth.of(a.year(), a.month()).plusMonths(r.offset());
                return monthOf(month.getYear(), month.getMonthValue(), a.source());
            }
            case QUARTER -> {
                if (a.year() == null || a.month() == null) {
                    return Resolution.UNPLACED;
                }
                int index = a.year() * 4 + quarterOf(a.month()) - 1 + r.offset();
                return quarterOf(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1, a.source());
            }
            case YEAR -> {
                return a.year() == null ? Resolution.UNPLACED : year(a.year() + r.offset(), a.source());
            }
            default -> {
                return Resolution.UNPLACED;
            }
        }
    }

    /** The year, of three around the anchor's, that puts a month or quarter nearest (future counts double). */
    private static int nearestYear(int anchorYear, int anchorIndex, int index, int monthsPerIndex, boolean future) {
        int best = anchorYear;
        long bestCost = Long.MAX_VALUE;
        for (int year = anchorYear - 1; year <= anchorYear + 1; year++) {
            long distance = (long) (year - anchorYear) * 12 / monthsPerIndex + index - anchorIndex;
            long cost = cost(distance, future);
            if (cost < bestCost) {
                best = year;
                bestCost = cost;
            }
        }
        return best;
    }

    private static long cost(long distance, boolean future) {
        if (future) {
            return distance >= 0 ? distance : Long.MAX_VALUE - 1;
        }
        return distance > 0 ? 2 * distance : -distance;
    }

    private static long monthsBetween(int fromYear, int fromMonth, int toYear, int toMonth) {
        return (toYear - fromYear) * 12L + toMonth - fromMonth;
    }

    private static int quarterOf(int month) {
        return (month - 1) / 3 + 1;
    }

    private static Resolution monthOf(int year, int month, String source) {
        if (year < 1 || year > 9999) {
            return Resolution.UNPLACED;
        }
        YearMonth value = YearMonth.of(year, month);
        return new Resolution(value.toString(), TimePrecision.MONTH, source, value.atDay(1));
    }

    private static Resolution quarterOf(int year, int quarter, String source) {
        return year < 1 || year > 9999 ? Resolution.UNPLACED : new Resolution(year + "-Q" + quarter,
                TimePrecision.QUARTER, source, LocalDate.of(year, quarter * 3 - 2, 1));
    }

    private static Resolution year(int year, String source) {
        return year < 1 || year > 9999 ? Resolution.UNPLACED
                : new Resolution(String.format("%04d", year), TimePrecision.YEAR, source, LocalDate.of(year, 1, 1));
    }

    /** A day, with the reading's time of day when it has one. */
    private static Resolution day(LocalDate day, TimeReading r, String source) {
        if (day == null) {
            return Resolution.UNPLACED;
        }
        return new Resolution(day + clock(r), precision(r), source, day);
    }

    private static Resolution yearless(int month, int dayOfMonth, TimeReading r, String source) {
        return new Resolution(String.format("--%02d-%02d", month, dayOfMonth) + clock(r), precision(r), source, null);
    }

    private static String clock(TimeReading r) {
        if (r.hour() < 0) {
            return "";
        }
        return r.minute() < 0 ? String.format("T%02d", r.hour()) : String.format("T%02d:%02d", r.hour(), r.minute());
    }

    private static TimePrecision precision(TimeReading r) {
        if (r.hour() < 0) {
            return TimePrecision.DAY;
        }
        return r.minute() < 0 ? TimePrecision.HOUR : TimePrecision.MINUTE;
    }
}
