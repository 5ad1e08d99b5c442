package org.annals.resolve.kb;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, month or day, as the sources state it.
 *
 * @param year  the year
 * @param month 1–12, or 0 when only the year is known
 * @param day   1–31, or 0 when the day is not known
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (month == 0 && day != 0) {
            throw new IllegalArgumentException("a day without a month");
        }
        // Validates the calendar fields (month 13, 31 April, …).
        LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /** The date written {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, or empty when it is not one. */
    public static Optional<PartialDate> parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PartialDate(Integer.parseInt(m.group(1)),
                    m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The first day this date may mean. */
    public LocalDate first() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /** The last day this date may mean. */
    public LocalDate last() {
        if (month == 0) {
            return LocalDate.of(year, 12, 31);
        }
        return day == 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
    }

    @Override
    public int compareTo(PartialDate other) {
        int c = first().compareTo(other.first());
        return c != 0 ? c : last().compareTo(other.last());
    }

    /** The date as written in the data files, as precise as it is known. */
    @Override
    public String toString() {
        if (month == 0) {
            return String.format("%04d", year);
        }
        return day == 0 ? String.format("%04d-%02d", year, month) : String.format("%04d-%02d-%02d", year, month, day);
    }
}
