package org.annals.extract.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads byline and credit lines: {@code By Jane Doe and John Smith}, {@code Author:Randy Hahn},
 * {@code Par Jean Dupont}, {@code 作者：张三}, {@code Source: Xinhua}, {@code By Jane Doe, Reuters}. Thread-safe.
 */
public final class BylineParser {
    /** Bylines are short; longer lines are prose that happens to start with "By". */
    private static final int MAX_LENGTH = 160;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern LABELLED_AUTHOR = Pattern.compile("^(?:authors?|written by|words|text|story|reporters?|reported by"
            + "|reporting by|correspondent|writer|autor|autora|autores|auteurs?|redacción|texto|verfasser|autore|by"
            + "|yazar|penulis|pewarta|بقلم|كتب|लेखक|作者|记者|撰文|文|기자|автор)\\s*[:：|]\\s*([^|｜丨]+)$", FLAGS);
    private static final Pattern BY = Pattern.compile(
            "^(?:by|written by|reported by|reporting by|par|por|von|di|door|oleh|av|от|بقلم)\\s+([^|｜丨]+)$", FLAGS);
    private static final Pattern SOURCE = Pattern.compile("^(?:source|sources|fuente|quelle|fonte|bron|sumber|kaynak|źródło|nguồn"
            + "|المصدر|出典|출처|来源|稿源|出处|источник)"
            + "\\s*[:：]\\s*([^|｜丨]+)$", FLAGS);
    private static final Pattern SEPARATORS = Pattern.compile(
            "\\s*(?:,|;|&|、|，|\\s+(?:and|y|et|und|e|en|и)\\s+)\\s*", FLAGS);
    private static final Pattern TRAILING_PLACE = Pattern.compile(
            "\\s+(?:in|en|à|aus|em|from)\\s+\\p{Lu}[\\p{L} .'-]*$", Pattern.UNICODE_CASE);
    private static final Pattern NAME = Pattern.compile("(?:\\p{Lu}[\\p{L}'’.\\-]*\\s*){1,5}|\\p{IsHan}{2,4}|(?:\\p{L}+\\s*){1,4}");
    /** Desk roles after the reporters ("; Editing by …") name no author. */
    private static final Pattern DESK_ROLES = Pattern.compile("[;,]?\\s*(?:editing|edited|writing|graphics|compiled|additional reporting)"
            + "\\s+by\\b.*$", FLAGS);
    private static final Pattern WRAPPING_BRACKETS = Pattern.compile("^[(\\[]|[)\\]]$");
    private static final Pattern CAPITALISED = Pattern.compile("^\\p{Lu}.*|^\\p{IsHan}.*");

    /** Wire agencies and big outlets that bylines name after the author. */
    private static final Set<String> AGENCIES = Set.of("xinhua", "reuters", "ap", "associated press", "afp", "agence france-presse",
            "efe", "dpa", "ansa", "tass", "ria novosti", "kyodo", "yonhap", "bloomberg", "pti", "ians", "bernama", "anadolu",
            "upi", "cna", "bbc", "cnn", "cgtn", "ani", "europa press", "kuna", "wam", "sputnik", "interfax", "apa", "belga");
    /** Words that make a byline item a role or a note, not a name. */
    private static final Set<String> NOT_NAMES = Set.of("staff", "staff writer", "staff reporter", "agencies", "editor", "editors",
            "contributor", "correspondent", "reporter", "the associated press", "our correspondent", "desk", "web desk", "news desk");

    private BylineParser() {
    }

    /**
     * Reads a byline or credit line.
     *
     * @param line one line of a page; null gives empty
     * @return the authors and publisher it names; empty when the line is no byline
     */
    public static Optional<Byline> parse(String line) {
        if (line == null) {
            return Optional.empty();
        }
        String s = WRAPPING_BRACKETS.matcher(line.strip()).replaceAll("").strip();
        if (s.isEmpty() || s.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        if (AGENCIES.contains(s.toLowerCase(Locale.ROOT))) {
            // a wire agency's name alone on its line credits the story to it
            return Optional.of(new Byline(List.of(), s));
        }
        Matcher source = SOURCE.matcher(s);
        if (source.matches()) {
            String publisher = clean(source.group(1));
            return publisher.isEmpty() || publisher.length() > 60 ? Optional.empty()
                    : Optional.of(new Byline(List.of(), publisher));
        }
        Matcher labelled = LABELLED_AUTHOR.matcher(s);
        if (labelled.matches()) {
            return names(labelled.group(1), false);
        }
        Matcher by = BY.matcher(s);
        if (by.matches() && CAPITALISED.matcher(by.group(1)).matches()) {
            return names(by.group(1), true);
        }
        return Optional.empty();
    }

    /** Splits the names; with {@code strict}, every item must look like a name, or the line is prose. */
    private static Optional<Byline> names(String value, boolean strict) {
        String rest = clean(DESK_ROLES.matcher(value).replaceFirst(""));
        List<String> authors = new ArrayList<>();
        String publisher = null;
        for (String item : SEPARATORS.split(rest)) {
            String name = clean(TRAILING_PLACE.matcher(item).replaceFirst(""));
            if (name.isEmpty()) {
                continue;
            }
            String key = name.toLowerCase(Locale.ROOT);
            if (AGENCIES.contains(key)) {
                publisher = publisher == null ? name : publisher;
            } else if (NOT_NAMES.contains(key)) {
                continue;
            } else if (NAME.matcher(name).matches() && (!strict || CAPITALISED.matcher(name).matches())) {
                authors.add(name);
            } else if (strict) {
                return Optional.empty();
            }
        }
        if (authors.isEmpty() && publisher == null) {
            return Optional.empty();
        }
        return Optional.of(new Byline(authors, publisher));
    }

    /** Drops decoration around a name: brackets, a final full stop, e-mail addresses, handles. */
    private static String clean(String s) {
        String out = s.replaceAll("\\S+@\\S+|@\\w+", "").replaceAll("[\\[\\]()|]", " ").strip();
        while (out.endsWith(".") && !out.matches(".*\\b\\p{Lu}\\.$") || out.endsWith(",") || out.endsWith(":")) {
            out = out.substring(0, out.length() - 1).strip();
        }
        return out.replaceAll("\\s+", " ");
    }
}
