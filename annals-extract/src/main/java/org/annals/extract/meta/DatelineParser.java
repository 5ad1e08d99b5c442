package org.annals.extract.meta;

import org.annals.model.Dateline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dateline that opens a wire story: {@code Lindenburg, June 19 (Continental News) --}, {@code BEIJING —},
 * {@code WASHINGTON, D.C. (AP) —}, {@code PARIS, 5 mars (AFP) -}, {@code MOSCOW, March 5. /TASS/.},
 * {@code 新华社北京6月25日电}, {@code (서울=연합뉴스)}. Thread-safe.
 */
public final class DatelineParser {
    /** A dateline sits in the first words of a paragraph. */
    private static final int MAX_SCAN = 240;
    private static final int FLAGS = Pattern.UNICODE_CASE;

    private static final String WORD = "\\p{Lu}[\\p{L}'’.\\-/]*";
    private static final String PARTICLE = "(?:de|del|da|do|dos|la|le|les|du|di|am|im|an|upon|on|sur|en|el|al|of)";
    private static final String PLACE = WORD + "(?:\\s+(?:" + WORD + "|" + PARTICLE + ")){0,4}";
    private static final String REGION = "\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,2}";
    private static final String DATE = "(?:\\p{L}{3,10}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?"
            + "|\\d{1,2}\\.?\\s+(?:de\\s+)?\\p{L}{3,10}\\.?(?:\\s+(?:de\\s+)?\\d{4})?)\\.?";
    private static final String AGENCY = "(?:\\s*[(（](?<agency>[^()（）\\d]{2,40})[)）]|\\s*/(?<slashed>[^/\\d]{2,20})/)";
    private static final String SEPARATOR = "\\s*(?<sep>--+|—|–|-|:|\\.-|\\.)(?=\\s|\\p{L}|[\"“‘'])\\s*";

    private static final Pattern LATIN = Pattern.compile("^\\s*(?<place>" + PLACE + ")(?:\\s*,\\s*(?<region>" + REGION + "))??"
            + "(?:\\s*,?\\s*(?<date>" + DATE + "))?" + AGENCY + "?" + SEPARATOR, FLAGS);
    private static final Pattern AGENCY_ONLY = Pattern.compile("^\\s*" + AGENCY + SEPARATOR, FLAGS);
    private static final Pattern CJK = Pattern.compile("^\\s*[(（]?(?<agency>新华社|中新社|中新网|人民网|央视网|新华网|光明网|央广网|本报)?"
            + "(?:记者)?\\s*(?<place>\\p{IsHan}{2,8}?)\\s*(?<month>\\d{1,2})\\s*月\\s*(?<day>\\d{1,2})\\s*日\\s*电\\s*[)）]?"
            + "(?:\\s*[(（][^)）]{0,40}[)）])?\\s*");
    /** Yonhap's "(서울=연합뉴스)": place and agency joined by an equals sign in brackets. */
    private static final Pattern PLACE_EQUALS_AGENCY = Pattern.compile(
            "^\\s*[(（](?<place>\\p{L}[\\p{L} ]{0,15}?)\\s*=\\s*(?<agency>[^)）=]{1,20})[)）]"
            + "(?:\\s*[^=\\n]{0,20}?기자\\s*=)?\\s*");
    private static final Pattern YEAR_MONTH = Pattern.compile("^(\\d{4})-(\\d{2})");

    /** Capitalised words that open a paragraph with a dash but name no place. */
    private static final Set<String> NOT_PLACES = Set.of("breaking", "update", "updated", "watch", "exclusive",
            "analysis", "opinion", "editorial", "live", "video", "photos", "note", "editor's note", "correction",
            "warning", "advertisement", "read more", "related", "listen", "comment", "review");
    /** "EU: …" opens a sentence; "NEW DELHI: …" a story. */
    private static final int MIN_COLON_PLACE_LETTERS = 3;
    /** "This paper": the outlet itself, not an agency. */
    private static final String OWN_PAPER = "本报";

    private DatelineParser() {
    }

    /**
     * Reads the dateline at the start of a paragraph, without a publication time to complete its date;
     * see {@link #parse(String, String)}.
     */
    public static Optional<DatelineMatch> parse(String paragraph) {
        return parse(paragraph, null);
    }

    /**
     * Reads the dateline at the start of a paragraph.
     *
     * @param paragraph    the first paragraph of a story; null gives empty
     * @param referenceIso the page's publication time (ISO-8601) whose year completes a dateline date
     *                     printed without one; null when unknown, and the date stays {@code --MM-DD}
     * @return the dateline and where the story text begins; empty when the paragraph opens with none
     */
    public static Optional<DatelineMatch> parse(String paragraph, String referenceIso) {
        if (paragraph == null || paragraph.isBlank()) {
            return Optional.empty();
        }
        String head = paragraph.length() > MAX_SCAN ? paragraph.substring(0, MAX_SCAN) : paragraph;
        Matcher cjk = CJK.matcher(head);
        if (cjk.lookingAt()) {
            String agency = cjk.group("agency");
            String date = resolve(String.format("--%02d-%02d", Integer.parseInt(cjk.group("month")),
                    Integer.parseInt(cjk.group("day"))), referenceIso);
            if (date != null) {
                return Optional.of(new DatelineMatch(new Dateline(cjk.group("place"), date,
                        OWN_PAPER.equals(agency) ? null : agency), cjk.end()));
            }
        }
        Matcher equals = PLACE_EQUALS_AGENCY.matcher(head);
        if (equals.lookingAt()) {
            return Optional.of(new DatelineMatch(new Dateline(equals.group("place").strip(), null, equals.group("agency").strip()),
                    equals.end()));
        }
        Matcher latin = LATIN.matcher(head);
        if (latin.lookingAt()) {
            Optional<DatelineMatch> match = latin(latin, referenceIso);
            if (match.isPresent()) {
                return match;
            }
        }
        Matcher bare = AGENCY_ONLY.matcher(head);
        if (bare.lookingAt() && isDash(bare.group("sep"))) {
            return Optional.of(new DatelineMatch(new Dateline(null, null, agency(bare)), bare.end()));
        }
        return Optional.empty();
    }

    private static Optional<DatelineMatch> latin(Matcher m, String referenceIso) {
        String place = m.group("place").strip();
        if (NOT_PLACES.contains(place.toLowerCase(Locale.ROOT)) || place.length() > 40) {
            return Optional.empty();
        }
        String agency = agency(m);
        String sep = m.group("sep");
        String date = null;
        if (m.group("date") != null) {
            Optional<ParsedTime> time = PublicationTime.parse(m.group("date"));
            if (time.isEmpty()) {
                return Optional.empty();
            }
            date = resolve(time.get().iso(), referenceIso);
        }
        boolean shouting = isUpperCase(place);
        // a mixed-case capitalised opening ("However - ...") is a dateline only with a date or an agency
        boolean accepted = agency != null || date != null
                ? !sep.equals(":") || shouting
                : shouting && (isDash(sep) || sep.equals(":") && letters(place) >= MIN_COLON_PLACE_LETTERS);
        if (!accepted) {
            return Optional.empty();
        }
        String region = m.group("region");
        String printed = shouting ? titleCase(place) : place;
        if (region != null) {
            printed += ", " + (isUpperCase(region) && region.length() > 4 && !region.contains(".") ? titleCase(region) : region);
        }
        return Optional.of(new DatelineMatch(new Dateline(printed, date, agency), m.end()));
    }

    private static String agency(Matcher m) {
        String agency = m.group("agency") != null ? m.group("agency") : m.group("slashed");
        return agency == null ? null : agency.strip();
    }

    private static int letters(String s) {
        return (int) s.codePoints().filter(Character::isLetter).count();
    }

    private static boolean isDash(String sep) {
        return sep.startsWith("-") || sep.equals("—") || sep.equals("–") || sep.equals(".-");
    }

    private static boolean isUpperCase(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /** "NEW YORK" as "New York"; particles stay lower case ("RIO DE JANEIRO" as "Rio de Janeiro"). */
    static String titleCase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean first = true;
        for (String word : s.toLowerCase(Locale.ROOT).split(" ")) {
            if (!first) {
                out.append(' ');
            }
            if (!first && word.matches(PARTICLE)) {
                out.append(word);
            } else {
                out.append(capitalise(word));
            }
            first = false;
        }
        return out.toString();
    }

    private static String capitalise(String word) {
        StringBuilder out = new StringBuilder(word);
        boolean start = true;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (Character.isLetter(c) && start) {
                out.setCharAt(i, Character.toUpperCase(c));
            }
            start = c == '-' || c == '.' || c == '/';
            if (Character.isLetter(c)) {
                start = false;
            }
        }
        return out.toString();
    }

    /** Completes {@code --MM-DD} with the reference year; a December dateline on a January page is last year's. */
    private static String resolve(String iso, String referenceIso) {
        String date = iso.length() >= 10 && !iso.startsWith("--") ? iso.substring(0, 10) : iso.substring(0, Math.min(iso.length(), 7));
        if (!date.startsWith("--") || referenceIso == null) {
            return date;
        }
        Matcher ref = YEAR_MONTH.matcher(referenceIso);
        if (!ref.find()) {
            return date;
        }
        int year = Integer.parseInt(ref.group(1));
        int refMonth = Integer.parseInt(ref.group(2));
        int month = Integer.parseInt(date.substring(2, 4));
        int day = Integer.parseInt(date.substring(5, 7));
        if (month - refMonth > 6) {
            year--;
        }
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (DateTimeException e) {
            return date;
        }
    }
}
