package org.annals.annotate.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The moment relative time expressions are read against: as much of a calendar date as the page states.
 *
 * @param year   the year, or null when the page does not say it (a year-less date such as {@code --11-26})
 * @param month  the month 1–12, or null
 * @param day    the day of the month, or null
 * @param source {@code dateline} or {@code published}: which fact the anchor came from; null for no anchor
 */
public record TimeAnchor(Integer year, Integer month, Integer day, String source) {
    /** ISO-8601 as pages state it: a date with or without year, then anything (a time, an offset). */
    private static final Pattern ISO = Pattern.compile(
            "\\s*(?:(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?|--(\\d{2})(?:-(\\d{2}))?)(?:[T ].{0,40})?\\s*");

    private static final TimeAnchor NONE = new TimeAnchor(null, null, null, null);

    public TimeAnchor {
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
    }

    /** An anchor that knows nothing: relative expressions stay unresolved. */
    public static TimeAnchor none() {
        return NONE;
    }

    /**
     * The anchor for a page: the dateline date (the day the story was filed) when it is known and agrees in
     * year with the publication time, else the publication time.
     *
     * @param published    ISO-8601 publication time as precise as the page states ("2024-05-17T06:10+08:00",
     *                     "2024-05", "--11-26T10:02"), or null
     * @param datelineDate the dateline's date in the same form, or null
     */
    public static TimeAnchor of(String published, String datelineDate) {
        TimeAnchor pub = parse(published, "published");
        TimeAnchor line = parse(datelineDate, "dateline");
        if (line.month == null) {
            return pub.year == null && line.year != null && pub.month == null ? line : pub;
        }
        if (pub.year == null) {
            return line;
        }
        if (line.year == null) {
            // a year-less dateline takes the publication year, or the one before when it falls after it
            int year = pub.month != null && line.month > pub.month ? pub.year - 1 : pub.year;
            return valid(year, line.month, line.day) ? new TimeAnchor(year, line.month, line.day, "dateline") : pub;
        }
        return line.year.equals(pub.year) ? line : pub;
    }

    private static TimeAnchor parse(String iso, String source) {
        if (iso == null || iso.length() > 80) {
            return NONE;
        }
        Matcher m = ISO.matcher(iso);
        if (!m.matches()) {
            return NONE;
        }
        Integer year = m.group(1) != null ? Integer.valueOf(m.group(1)) : null;
        String monthText = m.group(1) != null ? m.group(2) : m.group(4);
        String dayText = m.group(1) != null ? m.group(3) : m.group(5);
        Integer month = monthText != null ? Integer.valueOf(monthText) : null;
        Integer day = dayText != null ? Integer.valueOf(dayText) : null;
        if (month != null && (month < 1 || month > 12)) {
            return year != null ? new TimeAnchor(year, null, null, source) : NONE;
        }
        if (day != null && !valid(year == null ? 2000 : year, month, day)) {
            day = null;
        }
        return new TimeAnchor(year, month, day, source);
    }

    private static boolean valid(int year, int month, Integer day) {
        try {
            LocalDate.of(year, month, day == null ? 1 : day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The anchor's full date, or null unless year, month and day are all known. */
    public LocalDate date() {
        return year != null && day != null ? LocalDate.of(year, month, day) : null;
    }
}
