package org.annals.extract.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication times in the shapes news pages print them: ISO-8601, numeric dates
 * ({@code 21/10/2024}, {@code 2024.03.05}), month names in several languages ({@code Mar 04, 2024 09:15 AM},
 * {@code 5 de marzo de 2024}, {@code 5. März 2024}), CJK dates ({@code 2024年3月5日}), with a time before
 * or after the date and an optional UTC offset. Only what is printed is kept: a date whose year is cut off
 * becomes {@code --MM-DD}. Thread-safe.
 */
public final class PublicationTime {
    /** Longer texts are not times; scanning is bounded so hostile input stays cheap. */
    private static final int MAX_SCAN = 4_000;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final String WEEKDAY = "(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs"
            + "|fri|sat|sun|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes"
            + "|sábado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\\.?,?\\s+)?";

    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern CJK = Pattern.compile("(?<!\\d)(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일号]?");
    private static final Pattern CJK_NO_YEAR = Pattern.compile("(?<![\\d年])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.-])(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})(?![\\d/-]|\\.\\d)");
    private static final Pattern MONTH_DAY = Pattern.compile(WEEKDAY + "(" + MonthNames.WORD
            + ")[\\s-]+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(\\d{4})(?!\\d))?", FLAGS);
    private static final Pattern DAY_MONTH = Pattern.compile(WEEKDAY + "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?[\\s-]*(?:de\\s+)?("
            + MonthNames.WORD + ")(?:,?[\\s-]+(?:de\\s+)?(\\d{4})(?!\\d))?", FLAGS);
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<!\\p{L})(" + MonthNames.WORD + ")\\s+(?:de\\s+)?(\\d{4})(?!\\d)", FLAGS);

    private static final String TIME = "(\\d{1,2})\\s*[:：h时時시]\\s*(\\d{2})(?:\\s*[:：]\\s*(\\d{2})(?:\\.\\d+)?)?"
            + "(?:\\s*([ap])\\.?\\s?m\\.?(?!\\p{L}))?";
    /** Zone names with one meaning; CST and IST name several zones and are left out. */
    private static final Map<String, String> NAMED_ZONES = Map.ofEntries(Map.entry("EST", "-05:00"), Map.entry("EDT", "-04:00"),
            Map.entry("CDT", "-05:00"), Map.entry("MST", "-07:00"), Map.entry("MDT", "-06:00"), Map.entry("PST", "-08:00"),
            Map.entry("PDT", "-07:00"), Map.entry("BST", "+01:00"), Map.entry("CET", "+01:00"), Map.entry("CEST", "+02:00"),
            Map.entry("EET", "+02:00"), Map.entry("EEST", "+03:00"), Map.entry("MSK", "+03:00"), Map.entry("JST", "+09:00"),
            Map.entry("KST", "+09:00"), Map.entry("HKT", "+08:00"), Map.entry("SGT", "+08:00"), Map.entry("AEST", "+10:00"),
            Map.entry("AEDT", "+11:00"), Map.entry("WIB", "+07:00"), Map.entry("PKT", "+05:00"), Map.entry("MEZ", "+01:00"),
            Map.entry("MESZ", "+02:00"), Map.entry("BJT", "+08:00"));
    private static final String ZONE = "(?:\\s*(Z|[+-]\\d{2}:?\\d{2}|(?:UTC|GMT)(?:\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)?"
            + "|(?-i:" + String.join("|", NAMED_ZONES.keySet().stream().sorted().toList()) + ")(?!\\p{L})))?";
    private static final Pattern TIME_AFTER = Pattern.compile(
            "^(?:T|\\s*(?:,|at|à|a las|às|um|alle|ore|-|–|\\||/)?\\s*)" + TIME + ZONE + "(?:\\s*[分분])?", FLAGS);
    private static final Pattern TIME_BEFORE = Pattern.compile(TIME + ZONE + "\\s*[:,|·\\-–]?\\s*$", FLAGS);
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?)?");
    private static final Pattern OFFSET = Pattern.compile("([+-])\\s*(\\d{1,2}):?(\\d{2})?");

    private PublicationTime() {
    }

    /**
     * Reads the first time expression in a text, e.g. the value of a "Published:" field or a meta tag.
     *
     * @param text any text; null gives empty
     * @return the time, with {@link ParsedTime#text()} the expression as printed; empty when there is none
     */
    public static Optional<ParsedTime> parse(String text) {
        Optional<ParsedTime> found = find(text).map(TimeMatch::time);
        if (found.isPresent() || text == null) {
            return found;
        }
        // Meta tags also write dates without separators ("20240302", "20240302T1420"); only a whole
        // value is read so, since any eight digits in running text could be anything.
        Matcher compact = COMPACT.matcher(text.strip());
        if (!compact.matches()) {
            return Optional.empty();
        }
        String date = compact.group(1) + "-" + compact.group(2) + "-" + compact.group(3);
        return parse(compact.group(4) == null ? date : date + "T" + compact.group(4) + ":" + compact.group(5)
                + (compact.group(6) == null ? "" : ":" + compact.group(6)))
                .map(t -> new ParsedTime(t.iso(), t.precision(), text.strip()));
    }

    /**
     * Finds the first time expression in a text and where it stands; see {@link #parse(String)}.
     *
     * @param text any text; null gives empty
     * @return the time and its offsets in {@code text}; empty when there is none
     */
    public static Optional<TimeMatch> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.length() > MAX_SCAN ? text.substring(0, MAX_SCAN) : text;
        List<DateHit> hits = new ArrayList<>();
        first(ISO, s, PublicationTime::date).ifPresent(hits::add);
        first(CJK, s, PublicationTime::date).ifPresent(hits::add);
        first(CJK_NO_YEAR, s, m -> dateNoYear(m, 1, 2)).ifPresent(hits::add);
        first(NUMERIC, s, PublicationTime::numeric).ifPresent(hits::add);
        first(MONTH_DAY, s, m -> named(m, 1, 2, 3)).ifPresent(hits::add);
        first(DAY_MONTH, s, m -> named(m, 2, 1, 3)).ifPresent(hits::add);
        first(MONTH_YEAR, s, PublicationTime::monthYear).ifPresent(hits::add);
        DateHit best = null;
        for (DateHit hit : hits) {
            if (best == null || hit.start < best.start || hit.start == best.start && hit.end > best.end) {
                best = hit;
            }
        }
        return best == null ? Optional.empty() : Optional.of(withTime(s, best));
    }

    /** A date found in the text, before any time beside it is attached. */
    private record DateHit(int start, int end, int year, int month, int day) {
    }

    private interface HitReader {
        DateHit read(Matcher m);
    }

    private static Optional<DateHit> first(Pattern pattern, String s, HitReader reader) {
        Matcher m = pattern.matcher(s);
        int from = 0;
        // a rejected match (a word that is no month) may overlap a real one, so resume just after its start
        while (from < s.length() && m.find(from)) {
            DateHit hit = reader.read(m);
            if (hit != null) {
                return Optional.of(hit);
            }
            from = m.start() + 1;
        }
        return Optional.empty();
    }

    private static DateHit date(Matcher m) {
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        return valid(year, month, day) ? new DateHit(m.start(), m.end(), year, month, day) : null;
    }

    private static DateHit dateNoYear(Matcher m, int mo, int d) {
        int month = Integer.parseInt(m.group(mo));
        int day = Integer.parseInt(m.group(d));
        return valid(0, month, day) ? new DateHit(m.start(), m.end(), 0, month, day) : null;
    }

    /** Day first unless the first number cannot be a month-day pair that way (21/10 is day-month, 10/21 month-day). */
    private static DateHit numeric(Matcher m) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        String y = m.group(3);
        int year = Integer.parseInt(y);
        if (y.length() == 2) {
            // a fixed pivot keeps the result a function of the text alone
            year += year < 70 ? 2000 : 1900;
        }
        int day = a;
        int month = b;
        if (b > 12 && a <= 12) {
            day = b;
            month = a;
        }
        return valid(year, month, day) ? new DateHit(m.start(), m.end(), year, month, day) : null;
    }

    private static DateHit named(Matcher m, int monthGroup, int dayGroup, int yearGroup) {
        OptionalInt month = MonthNames.month(m.group(monthGroup));
        if (month.isEmpty()) {
            return null;
        }
        int day = Integer.parseInt(m.group(dayGroup));
        int year = m.group(yearGroup) == null ? 0 : Integer.parseInt(m.group(yearGroup));
        int end = m.group(yearGroup) == null ? Math.max(m.end(dayGroup), m.end(monthGroup)) : m.end();
        return valid(year, month.getAsInt(), day) ? new DateHit(m.start(), end, year, month.getAsInt(), day) : null;
    }

    private static DateHit monthYear(Matcher m) {
        OptionalInt month = MonthNames.month(m.group(1));
        int year = Integer.parseInt(m.group(2));
        return month.isPresent() && year >= 1900 && year <= 2100
                ? new DateHit(m.start(), m.end(), year, month.getAsInt(), 0) : null;
    }

    /** A real calendar date; year 0 stands for "not printed". */
    private static boolean valid(int year, int month, int day) {
        if (year != 0 && (year < 1900 || year > 2100) || month < 1 || month > 12 || day < 1 || day > 31) {
            return false;
        }
        try {
            if (year == 0) {
                MonthDay.of(month, day);
            } else {
                LocalDate.of(year, month, day);
            }
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static TimeMatch withTime(String s, DateHit hit) {
        int start = hit.start;
        int end = hit.end;
        int[] hm = null;
        String offset = null;
        Matcher after = TIME_AFTER.matcher(s).region(hit.end, s.length());
        after.useAnchoringBounds(true);
        if (hit.day != 0 && after.lookingAt()) {
            hm = clock(after);
            if (hm != null) {
                end = after.end();
                offset = offset(after.group(5));
            }
        }
        if (hm == null && hit.day != 0) {
            Matcher before = TIME_BEFORE.matcher(s).region(Math.max(0, hit.start - 24), hit.start);
            before.useAnchoringBounds(true);
            if (before.find()) {
                hm = clock(before);
                if (hm != null) {
                    start = before.start();
                    offset = offset(before.group(5));
                }
            }
        }
        StringBuilder iso = new StringBuilder();
        TimePrecision precision;
        if (hit.year == 0) {
            iso.append(String.format("--%02d-%02d", hit.month, hit.day));
            precision = TimePrecision.DAY;
        } else if (hit.day == 0) {
            iso.append(String.format("%04d-%02d", hit.year, hit.month));
            precision = TimePrecision.MONTH;
        } else {
            iso.append(String.format("%04d-%02d-%02d", hit.year, hit.month, hit.day));
            precision = TimePrecision.DAY;
        }
        if (hm != null) {
            iso.append(String.format("T%02d:%02d", hm[0], hm[1]));
            precision = TimePrecision.MINUTE;
            if (hm[2] >= 0) {
                iso.append(String.format(":%02d", hm[2]));
                precision = TimePrecision.SECOND;
            }
            if (offset != null) {
                iso.append(offset);
            }
        }
        String printed = s.substring(start, end).strip();
        int printedEnd = start + s.substring(start, end).stripTrailing().length();
        return new TimeMatch(new ParsedTime(iso.toString(), precision, printed), start, printedEnd);
    }

    /** Hour, minute and second (-1 when absent) of a matched clock time, or null when it is no valid time. */
    private static int[] clock(Matcher m) {
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        int second = m.group(3) == null ? -1 : Integer.parseInt(m.group(3));
        String half = m.group(4);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            boolean pm = half.equalsIgnoreCase("p");
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        return new int[]{hour, minute, second};
    }

    private static String offset(String zone) {
        if (zone == null) {
            return null;
        }
        if (NAMED_ZONES.containsKey(zone)) {
            return NAMED_ZONES.get(zone);
        }
        Matcher m = OFFSET.matcher(zone);
        if (!m.find()) {
            return "Z";
        }
        int hours = Integer.parseInt(m.group(2));
        int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (hours > 14 || minutes > 59) {
            return null;
        }
        return String.format("%s%02d:%02d", m.group(1), hours, minutes);
    }
}
