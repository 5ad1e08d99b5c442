package org.annals.annotate.time;

import org.annals.model.TimePrecision;

/**
 * What a time expression says, before it is put on the calendar: the fields it names and how the rest is
 * to be found from the anchor. Unused numbers are 0; {@code hour} is -1 without a time of day.
 *
 * @param kind      how the expression is anchored
 * @param year      a stated year
 * @param month     a stated month 1–12
 * @param day       a stated day of the month
 * @param quarter   a stated quarter 1–4
 * @param weekday   a stated ISO weekday 1–7
 * @param unit      the unit of a relative expression ("last week": WEEK)
 * @param offset    how many units from the anchor ("last week": -1); for "last May" / "next Sunday" the
 *                  direction (-1 strictly before, +1 strictly after, 0 either)
 * @param yearShift for a month or quarter of a relative year ("February this year": 0), else null
 * @param hour      hour of a time of day, or -1
 * @param minute    minute of a time of day, or -1 for an hour alone ("3 pm")
 * @param narrative for a relative expression, whether it counts from the time the story last named ("the
 *                  year before", "two days later") rather than from the anchor ("last year")
 */
record TimeReading(Kind kind, int year, int month, int day, int quarter, int weekday,
                          TimePrecision unit, int offset, Integer yearShift, int hour, int minute, boolean narrative) {
    /** How an expression is anchored. */
    enum Kind {
        /** Year, month or day given in full ("16 May 2024", "2023", "2024-Q1"). */
        ABSOLUTE,
        /** A month and day without a year ("May 16"). */
        MONTH_DAY,
        /** A month without a year ("in April", "last February", "February this year"). */
        MONTH,
        /** A quarter without a year ("the third quarter"). */
        QUARTER,
        /** A day of the week ("on Wednesday", "next Sunday"). */
        WEEKDAY,
        /** A count of units from the anchor ("yesterday", "last week", "three days ago"). */
        RELATIVE,
        /** A time of day alone ("at 10:30"). */
        CLOCK
    }

    static TimeReading absolute(int year, int month, int day) {
        return new TimeReading(Kind.ABSOLUTE, year, month, day, 0, 0, null, 0, null, -1, -1, false);
    }

    static TimeReading absoluteQuarter(int year, int quarter) {
        return new TimeReading(Kind.ABSOLUTE, year, 0, 0, quarter, 0, null, 0, null, -1, -1, false);
    }

    static TimeReading monthDay(int month, int day) {
        return new TimeReading(Kind.MONTH_DAY, 0, month, day, 0, 0, null, 0, null, -1, -1, false);
    }

    static TimeReading month(int month, int direction, Integer yearShift) {
        return new TimeReading(Kind.MONTH, 0, month, 0, 0, 0, null, direction, yearShift, -1, -1, false);
    }

    static TimeReading quarter(int quarter, int direction, Integer yearShift) {
        return new TimeReading(Kind.QUARTER, 0, 0, 0, quarter, 0, null, direction, yearShift, -1, -1, false);
    }

    static TimeReading weekday(int weekday, int direction) {
        return new TimeReading(Kind.WEEKDAY, 0, 0, 0, 0, weekday, null, direction, null, -1, -1, false);
    }

    static TimeReading relative(TimePrecision unit, int offset) {
        return new TimeReading(Kind.RELATIVE, 0, 0, 0, 0, 0, unit, offset, null, -1, -1, false);
    }

    static TimeReading narrative(TimePrecision unit, int offset) {
        return new TimeReading(Kind.RELATIVE, 0, 0, 0, 0, 0, unit, offset, null, -1, -1, true);
    }

    static TimeReading clock(int hour, int minute) {
        return new TimeReading(Kind.CLOCK, 0, 0, 0, 0, 0, null, 0, null, hour, minute, false);
    }

    /** The same reading at a time of day. */
    TimeReading at(int atHour, int atMinute) {
        return new TimeReading(kind, year, month, day, quarter, weekday, unit, offset, yearShift, atHour, atMinute,
                narrative);
    }

    /** Whether the reading names a single day, so a time of day can join it. */
    boolean isDay() {
        return switch (kind) {
            case ABSOLUTE -> day > 0 && hour < 0;
            case MONTH_DAY, WEEKDAY -> hour < 0;
            case RELATIVE -> unit == TimePrecision.DAY && hour < 0;
            default -> false;
        };
    }
}
