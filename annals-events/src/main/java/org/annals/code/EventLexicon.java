package org.annals.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The verb and noun event lexicons ({@code verbs.tsv}, {@code nouns.tsv} beside this class), indexed
 * by lemma, and the surface forms that make a sentence worth parsing. Immutable.
 */
public final class EventLexicon {
    private static final Set<String> CATEGORIES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE",
            "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
            "COERCE", "ASSAULT", "OCCURRENCE", "INTENT");
    /** Words that start the "X said Y must …" demand pattern, which has no lexicon word of its own. */
    private static final Set<String> EXTRA_GATE = Set.of("must", "should");

    private final Map<String, List<LexiconEntry>> verbs;
    private final Map<String, List<LexiconEntry>> nouns;
    private final Set<String> surfaceForms;

    private EventLexicon(Map<String, List<LexiconEntry>> verbs, Map<String, List<LexiconEntry>> nouns,
                         Set<String> surfaceForms) {
        this.verbs = verbs;
        this.nouns = nouns;
        this.surfaceForms = surfaceForms;
    }

    /** The lexicon shipped with Annals. */
    public static EventLexicon standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final EventLexicon STANDARD = read();
    }

    private static EventLexicon read() {
        List<LexiconEntry> verbRows = entries("verbs.tsv", false);
        List<LexiconEntry> nounRows = entries("nouns.tsv", true);
        Set<String> forms = new HashSet<>(EXTRA_GATE);
        for (LexiconEntry e : verbRows) {
            forms.addAll(verbForms(e.lemma()));
        }
        for (LexiconEntry e : nounRows) {
            forms.addAll(nounForms(e.lemma()));
        }
        for (String line : lines("irregular-forms.tsv")) {
            String[] cols = line.split("\t");
            forms.addAll(Arrays.asList(cols[1].trim().split(" ")));
        }
        return new EventLexicon(index(verbRows), index(nounRows), Set.copyOf(forms));
    }

    /** Entries with conditions are tried before the unconditioned entry of the same lemma; file order otherwise. */
    private static Map<String, List<LexiconEntry>> index(List<LexiconEntry> rows) {
        Map<String, List<LexiconEntry>> byLemma = new HashMap<>();
        for (LexiconEntry e : rows) {
            byLemma.computeIfAbsent(e.lemma(), k -> new ArrayList<>()).add(e);
        }
        Map<String, List<LexiconEntry>> out = new HashMap<>();
        byLemma.forEach((lemma, list) -> {
            List<LexiconEntry> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparing(e -> e.conditions().isEmpty()));
            out.put(lemma, List.copyOf(sorted));
        });
        return Map.copyOf(out);
    }

    /** Verb entries for a lemma, most specific first; empty when none. */
    public List<LexiconEntry> verbs(String lemma) {
        return verbs.getOrDefault(lemma, List.of());
    }

    /** Noun entries for a lemma (plural lemmas such as "sanctions" are tried singular too); empty when none. */
    public List<LexiconEntry> nouns(String lemma) {
        List<LexiconEntry> found = nouns.get(lemma);
        if (found == null && lemma.endsWith("ies")) {
            found = nouns.get(lemma.substring(0, lemma.length() - 3) + "y");
        }
        if (found == null && lemma.endsWith("s")) {
            found = nouns.get(lemma.substring(0, lemma.length() - 1));
        }
        if (found == null && lemma.endsWith("es")) {
            found = nouns.get(lemma.substring(0, lemma.length() - 2));
        }
        return found == null ? List.of() : found;
    }

    /** Whether a word, as printed, may be an inflection of a lexicon word; used to choose sentences to parse. */
    public boolean mayTrigger(String word) {
        return surfaceForms.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Every entry, verbs then nouns; for tests and documentation. */
    public List<LexiconEntry> entries() {
        List<LexiconEntry> all = new ArrayList<>();
        verbs.values().forEach(all::addAll);
        nouns.values().forEach(all::addAll);
        all.sort(Comparator.comparing(LexiconEntry::id));
        return all;
    }

    /** Regular inflections, generously: a form that is not a word costs nothing. */
    static Set<String> verbForms(String lemma) {
        Set<String> forms = new HashSet<>(nounForms(lemma));
        String stem = lemma.substring(0, lemma.length() - 1);
        char last = lemma.charAt(lemma.length() - 1);
        forms.addAll(List.of(lemma + "d", lemma + "ed", lemma + "ing", stem + "ing", stem + "ied",
                lemma + last + "ed", lemma + last + "ing"));
        return forms;
    }

    static Set<String> nounForms(String lemma) {
        String stem = lemma.substring(0, lemma.length() - 1);
        return new HashSet<>(List.of(lemma, lemma + "s", lemma + "es", stem + "ies"));
    }

    private static List<LexiconEntry> entries(String resource, boolean noun) {
        List<LexiconEntry> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (String line : lines(resource)) {
            String[] c = line.split("\t", -1);
            if (c.length != 8) {
                throw new IllegalStateException(resource + ": expected 8 columns: " + line);
            }
            if (!ids.add(c[0]) || !CATEGORIES.contains(c[3])) {
                throw new IllegalStateException(resource + ": duplicate id or unknown category: " + line);
            }
            out.add(new LexiconEntry(c[0], c[1], noun, conditions(c[2]), c[3], dash(c[4]), dash(c[5]),
                    roles(c[6]), roles(c[7])));
        }
        return out;
    }

    private static List<LexiconEntry.Condition> conditions(String when) {
        List<LexiconEntry.Condition> out = new ArrayList<>();
        if (when.equals("-")) {
            return out;
        }
        for (String part : when.split(";")) {
            int eq = part.indexOf('=');
            String name = eq < 0 ? part : part.substring(0, eq);
            Set<String> values = eq < 0 ? Set.of() : Set.of(part.substring(eq + 1).split("\\|"));
            out.add(new LexiconEntry.Condition(LexiconEntry.Kind.valueOf(name.toUpperCase(Locale.ROOT)), values));
        }
        return out;
    }

    private static List<String> roles(String column) {
        return column.equals("-") ? List.of() : List.of(column.split("\\|"));
    }

    private static String dash(String value) {
        return value.equals("-") ? null : value;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = EventLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
