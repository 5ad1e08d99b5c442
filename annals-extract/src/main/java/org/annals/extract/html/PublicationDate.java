package org.annals.extract.html;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Normalises the date shapes pages print in metadata to ISO-8601, as precise as stated. */
final class PublicationDate {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d+)?"
                    + "\\s*(Z|[+-]\\d{2}:?\\d{2}|UTC|GMT)?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?)?");
    private static final Pattern NAMED = Pattern.compile(
            "(?:[A-Za-z]{3,9},?\\s+)?"
                    + "(?:(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?|([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?),?"
                    + "\\s+(\\d{4})(?:,?\\s+(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp]\\.?[Mm]\\.?)?"
                    + "\\s*(Z|[+-]\\d{2}:?\\d{2}|UTC|GMT)?)?");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private PublicationDate() {
    }

    /** The ISO-8601 form of a printed date, or null when it is not one. */
    static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        if (s.isEmpty() || s.length() > 100) {
            return null;
        }
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            return format(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), m.group(7));
        }
        m = NAMED.matcher(s);
        if (m.find()) {
            String day = m.group(1) != null ? m.group(1) : m.group(4);
            String monthName = (m.group(2) != null ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT);
            Integer month = monthName.length() >= 3 ? MONTHS.get(monthName.substring(0, 3)) : null;
            if (month == null) {
                return null;
            }
            String hour = m.group(6);
            if (hour != null && m.group(9) != null) {
                int h = Integer.parseInt(hour) % 12;
                if (Character.toLowerCase(m.group(9).charAt(0)) == 'p') {
                    h += 12;
                }
                hour = String.valueOf(h);
            }
            return format(m.group(5), String.valueOf(month), day, hour, m.group(7), m.group(8), m.group(10));
        }
        m = COMPACT.matcher(s);
        if (m.matches()) {
            return format(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), null);
        }
        return null;
    }

    private static String format(String y, String mo, String d, String h, String mi, String sec, String zone) {
        int year = Integer.parseInt(y);
        int month = Integer.parseInt(mo);
        int day = Integer.parseInt(d);
        if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day));
        if (h == null) {
            return b.toString();
        }
        int hour = Integer.parseInt(h);
        int minute = Integer.parseInt(mi);
        if (hour > 23 || minute > 59) {
            return b.toString();
        }
        b.append(String.format(Locale.ROOT, "T%02d:%02d", hour, minute));
        if (sec != null) {
            b.append(':').append(sec);
        }
        if (zone != null) {
            String z = zone.toUpperCase(Locale.ROOT);
            if (z.equals("Z") || z.equals("UTC") || z.equals("GMT")) {
                b.append('Z');
            } else if (z.length() == 5) {
                b.append(z, 0, 3).append(':').append(z, 3, 5);
            } else {
                b.append(z);
            }
        }
        return b.toString();
    }
}
