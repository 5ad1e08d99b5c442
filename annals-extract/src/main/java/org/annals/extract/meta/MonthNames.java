package org.annals.extract.meta;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** Month names and their usual abbreviations in the languages news pages are most often written in. */
final class MonthNames {

    private static final Map<String, Integer> MONTHS = build(
            // English
            "january jan", "february feb", "march mar", "april apr", "may", "june jun",
            "july jul", "august aug", "september sep sept", "october oct", "november nov", "december dec",
            // French
            "janvier janv", "février fevrier févr fevr", "mars", "avril avr", "mai", "juin",
            "juillet juil", "août aout", "septembre", "octobre", "novembre", "décembre decembre déc",
            // Spanish
            "enero ene", "febrero", "marzo", "abril abr", "mayo", "junio",
            "julio", "agosto ago", "septiembre setiembre", "octubre", "noviembre", "diciembre dic",
            // German
            "januar jänner jän", "februar", "märz mär maerz", "april", "mai", "juni",
            "juli", "august", "september", "oktober okt", "november", "dezember dez",
            // Italian
            "gennaio gen", "febbraio", "marzo", "aprile", "maggio mag", "giugno giu",
            "luglio lug", "agosto", "settembre set", "ottobre ott", "novembre", "dicembre",
            // Portuguese
            "janeiro", "fevereiro fev", "março marco", "abril", "maio", "junho",
            "julho", "agosto", "setembro", "outubro out", "novembro", "dezembro",
            // Dutch
            "januari", "februari", "maart mrt", "april", "mei", "juni",
            "juli", "augustus", "september", "oktober", "november", "december",
            // Russian: genitive as in dates, then nominative
            "января январь", "февраля февраль", "марта март", "апреля апрель", "мая май", "июня июнь",
            "июля июль", "августа август", "сентября сентябрь", "октября октябрь", "ноября ноябрь",
            "декабря декабрь",
            // Indonesian and Malay
            "januari", "februari", "maret mac", "april", "mei", "juni jun",
            "juli julai", "agustus ogos", "september", "oktober", "november", "desember disember",
            // Turkish
            "ocak", "şubat", "mart", "nisan", "mayıs", "haziran",
            "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık",
            // Polish, genitive as in dates
            "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca",
            "lipca", "sierpnia", "września", "października", "listopada", "grudnia",
            // Swedish, Danish and Norwegian
            "januar", "februar", "mars", "april", "maj", "juni",
            "juli", "augusti", "september", "oktober", "november", "december",
            // Ukrainian, genitive as in dates
            "січня", "лютого", "березня", "квітня", "травня", "червня",
            "липня", "серпня", "вересня", "жовтня", "листопада", "грудня",
            // Arabic (Egyptian and Gulf usage)
            "يناير", "فبراير", "مارس", "أبريل ابريل", "مايو", "يونيو",
            "يوليو", "أغسطس اغسطس", "سبتمبر", "أكتوبر اكتوبر", "نوفمبر", "ديسمبر");

    /** Any month name of the table as a whole word, with an optional abbreviation dot; longest names first. */
    static final String WORD = "(?<!\\p{L})(?:" + String.join("|", MONTHS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .map(Pattern::quote).toList()) + ")(?!\\p{L})\\.?";

    private MonthNames() {
    }

    /** The month (1-12) a word names, ignoring case and a final dot; empty when it names none. */
    static OptionalInt month(String word) {
        String key = word.toLowerCase(Locale.ROOT);
        if (key.endsWith(".")) {
            key = key.substring(0, key.length() - 1);
        }
        Integer month = MONTHS.get(key);
        return month == null ? OptionalInt.empty() : OptionalInt.of(month);
    }

    /** Each argument lists the names of one month; the arguments cycle January to December per language. */
    private static Map<String, Integer> build(String... rows) {
        java.util.HashMap<String, Integer> map = new java.util.HashMap<>();
        for (int i = 0; i < rows.length; i++) {
            for (String name : rows[i].split(" ")) {
                map.putIfAbsent(name, i % 12 + 1);
            }
        }
        return Map.copyOf(map);
    }
}
