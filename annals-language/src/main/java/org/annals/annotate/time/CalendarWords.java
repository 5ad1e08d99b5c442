package org.annals.annotate.time;

import java.util.Map;
import java.util.Set;

/** The English words of the calendar the time tagger reads: months, weekdays, counts, cues. */
final class CalendarWords {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12));
    /** Short forms, trusted only before a day or a year ("Jan 5", "Oct. 2023"). */
    private static final Map<String, Integer> MONTH_ABBREVIATIONS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Map<String, Integer> WEEKDAYS = Map.of(
            "monday", 1, "tuesday", 2, "wednesday", 3, "thursday", 4, "friday", 5, "saturday", 6, "sunday", 7);
    private static final Map<String, Integer> COUNTS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15),
            Map.entry("twenty", 20), Map.entry("thirty", 30));
    private static final Map<String, Integer> QUARTER_ORDINALS = Map.of(
            "first", 1, "second", 2, "third", 3, "fourth", 4, "final", 4,
            "1st", 1, "2nd", 2, "3rd", 3, "4th", 4);
    private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");
    /** Words after which a lone month or a four-digit number names a time ("in May", "since 2019", "fiscal 2023"). */
    private static final Set<String> TIME_PREPOSITIONS = Set.of(
            "in", "since", "from", "until", "till", "by", "before", "after", "between", "during",
            "through", "throughout", "circa", "year", "fiscal");
    /** Words that also come before counts ("as many as 2000", "a crowd of 2000 people", "around 1900 homes"). */
    private static final Set<String> WEAK_TIME_PREPOSITIONS = Set.of("as", "for", "around", "about", "of");
    /** Words that put a clause in the future, so a bare weekday or date is the coming one. */
    private static final Set<String> FUTURE_CUES = Set.of(
            "will", "ll", "shall", "would", "next", "plan", "plans", "scheduled", "due", "expected",
            "expects", "upcoming", "coming", "tomorrow", "intends", "hopes", "aims");

    /** Words before a year used as a modifier ("the 2024 election"). */
    private static final Set<String> DETERMINERS = Set.of("the", "its", "their", "his", "her", "our", "this");
    /** Things news names by their year ("the 2024 election", "the 2023 budget"). */
    private static final Set<String> EVENT_NOUNS = Set.of(
            "election", "elections", "census", "budget", "season", "summit", "games", "olympics", "championship",
            "championships", "tournament", "final", "finals", "cup", "race", "vote", "referendum", "campaign",
            "crisis", "war", "earthquake", "flood", "floods", "drought", "pandemic", "coup", "invasion",
            "uprising", "revolution", "protests", "attack", "attacks", "law", "act", "agreement", "accord", "deal",
            "report", "survey", "plan", "target", "deadline", "level", "levels", "figure", "figures", "edition",
            "harvest", "visit", "meeting", "talks");
    /** Capitalised words that make a weekday a holiday's or event's name ("Black Friday", "Super Tuesday"). */
    private static final Set<String> HOLIDAY_PREFIXES = Set.of(
            "Black", "Good", "Super", "Cyber", "Ash", "Easter", "Palm", "Bloody", "Holy", "Maundy", "Giving");
    /** Lower-case words an expression can start with; any other lower-case word is skipped at once. */
    private static final Set<String> LOWER_CASE_STARTS = Set.of(
            "the", "early", "late", "mid", "earlier", "later", "today", "tonight", "yesterday", "tomorrow",
            "this", "last", "next", "coming", "noon", "midday", "first", "second", "third", "fourth", "final");

    private CalendarWords() {
    }

    /** Whether an expression may start at this word: a capitalised word, or one of a few lower-case ones. */
    static boolean mayStart(TimeToken token) {
        return token.capitalised() || LOWER_CASE_STARTS.contains(token.lower()) || COUNTS.containsKey(token.lower());
    }

    /** The month 1–12 a full month name means, or 0; lower-case words are not months ("may impose"). */
    static int month(TimeToken token) {
        return token.capitalised() ? MONTHS.getOrDefault(token.lower(), 0) : 0;
    }

    /** The month of a full or abbreviated month name, or 0. */
    static int monthOrAbbreviation(TimeToken token) {
        int month = month(token);
        return month != 0 || !token.capitalised() ? month : MONTH_ABBREVIATIONS.getOrDefault(token.lower(), 0);
    }

    /** The ISO weekday 1 (Monday) – 7 of a capitalised weekday name, or 0. */
    static int weekday(TimeToken token) {
        return token.capitalised() ? WEEKDAYS.getOrDefault(token.lower(), 0) : 0;
    }

    /** A small count written as digits (1–99) or as a word ("three", "a"), or 0. */
    static int count(TimeToken token) {
        int digits = token.digits();
        if (digits > 0 && digits < 100) {
            return digits;
        }
        return COUNTS.getOrDefault(token.lower(), 0);
    }

    /** The quarter an ordinal names ("first", "3rd", "final"), or 0. */
    static int quarterOrdinal(TimeToken token) {
        return QUARTER_ORDINALS.getOrDefault(token.lower(), 0);
    }

    static boolean isPartOfDay(TimeToken token) {
        return PARTS_OF_DAY.contains(token.lower());
    }

    static boolean isTimePreposition(TimeToken token) {
        return TIME_PREPOSITIONS.contains(token.lower());
    }

    /** Whether a word before a lone month or number makes it a time only if no lower-case word follows it. */
    static boolean isWeakTimePreposition(TimeToken token) {
        return WEAK_TIME_PREPOSITIONS.contains(token.lower());
    }

    static boolean isHolidayPrefix(TimeToken token) {
        return HOLIDAY_PREFIXES.contains(token.text());
    }

    static boolean isDeterminer(TimeToken token) {
        return DETERMINERS.contains(token.lower());
    }

    static boolean isEventNoun(TimeToken token) {
        return EVENT_NOUNS.contains(token.lower());
    }

    static boolean isFutureCue(TimeToken token) {
        return FUTURE_CUES.contains(token.lower());
    }

    /** Whether a word ends an ordinal day ("16th", "1st"). */
    static boolean isOrdinalSuffix(TimeToken token) {
        return switch (token.lower()) {
            case "st", "nd", "rd", "th" -> true;
            default -> false;
        };
    }
}
