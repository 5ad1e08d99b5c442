package org.annals.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
    /** The "X said Y must …" demand pattern has no lexicon word: a modal and a verb of saying open the sentence. */
    private static final Set<String> MODALS = Set.of("must", "should");
    private static final Set<String> SAYING = Set.of("said", "says", "say", "declared", "insisted", "stated",
            "concluded", "stressed", "added", "told", "announced");

    private final Map<String, List<LexiconEntry>> verbs;
    private final Map<String, List<LexiconEntry>> nouns;
    /** For each surface form, the entries it may be a word of, each with the words its conditions need. */
    private final Map<String, List<Gate>> gates;

    /** An entry as the sentence filter sees it: each set holds the forms of one word the entry needs. */
    private record Gate(List<Set<String>> needs, boolean needsEntity) {
        boolean open(Set<String> words, boolean entities) {
            return (entities || !needsEntity) && needs.stream().allMatch(need -> need.stream().anyMatch(words::contains));
        }
    }

    private EventLexicon(Map<String, List<LexiconEntry>> verbs, Map<String, List<LexiconEntry>> nouns,
                         Map<String, List<Gate>> gates) {
        this.verbs = verbs;
        this.nouns = nouns;
        this.gates = gates;
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
        Map<String, Set<String>> irregular = new HashMap<>();
        for (String line : lines("irregular-forms.tsv")) {
            String[] cols = line.split("\t");
            irregular.put(cols[0], Set.of(cols[1].trim().split(" ")));
        }
        Map<String, List<Gate>> gates = new HashMap<>();
        for (LexiconEntry e : verbRows) {
            Gate gate = gate(e, irregular);
            for (String form : verbForms(e.lemma(), irregular)) {
                gates.computeIfAbsent(form, k -> new ArrayList<>()).add(gate);
            }
        }
        for (LexiconEntry e : nounRows) {
            Gate gate = gate(e, irregular);
            for (String form : nounForms(e.lemma())) {
                gates.computeIfAbsent(form, k -> new ArrayList<>()).add(gate);
            }
        }
        Map<String, List<Gate>> frozen = new HashMap<>();
        gates.forEach((form, list) -> frozen.put(form, List.copyOf(list)));
        return new EventLexicon(index(verbRows), index(nounRows), Map.copyOf(frozen));
    }

    /**
     * The words an entry's lexical conditions need somewhere in the sentence ("hold" needs "forum", "summit", …;
     * "left" said of troops needs "troops").
     */
    private static Gate gate(LexiconEntry e, Map<String, Set<String>> irregular) {
        List<Set<String>> needs = new ArrayList<>();
        for (LexiconEntry.Condition c : e.conditions()) {
            Set<String> forms = new HashSet<>();
            switch (c.kind()) {
                case OBJ, MOD, SUBJ -> c.values().forEach(v -> forms.addAll(nounForms(v)));
                case PRT, PREP -> forms.addAll(c.values());
                case LIGHT -> c.values().forEach(v -> forms.addAll(verbForms(v, irregular)));
                default -> {
                    continue;
                }
            }
            needs.add(Set.copyOf(forms));
        }
        // Only an OCCURRENCE needs no named participant.
        return new Gate(List.copyOf(needs), !e.category().equals("OCCURRENCE"));
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

    /**
     * Whether a sentence, given as its words, may hold an event: some word may be an inflection of a
     * lexicon word whose lexical conditions (object, particle, modifier, light verb) find their words
     * in the sentence too, and, unless the entry is an OCCURRENCE, the sentence names some entity.
     * Used to choose the sentences worth parsing.
     *
     * @param words    the sentence's tokens as printed
     * @param entities whether some entity is mentioned in the sentence
     */
    public boolean worthParsing(List<String> words, boolean entities) {
        Set<String> lower = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            lower.add(words.get(i).toLowerCase(Locale.ROOT));
            if (i >= 2 && words.get(i - 1).equals("-")) {
                // The tokenizer splits "sit-in" and "build-up"; the lexicon has them whole.
                lower.add((words.get(i - 2) + "-" + words.get(i)).toLowerCase(Locale.ROOT));
            }
        }
        if (entities && lower.stream().anyMatch(MODALS::contains) && lower.stream().anyMatch(SAYING::contains)) {
            return true;
        }
        for (String w : lower) {
            for (Gate g : gates.getOrDefault(w, List.of())) {
                if (g.open(lower, entities)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every entry, verbs then nouns; for tests and documentation. */
    public List<LexiconEntry> entries() {
        List<LexiconEntry> all = new ArrayList<>();
        verbs.values().forEach(all::addAll);
        nouns.values().forEach(all::addAll);
        all.sort(Comparator.comparing(LexiconEntry::id));
        return all;
    }

    /** Regular inflections ("ban": bans, banned, banning; "agree": agreed, agreeing) and the irregular ones. */
    static Set<String> verbForms(String lemma, Map<String, Set<String>> irregular) {
        Set<String> forms = new HashSet<>(nounForms(lemma));
        forms.addAll(irregular.getOrDefault(lemma, Set.of()));
        int n = lemma.length();
        char last = lemma.charAt(n - 1);
        if (last == 'e') {
            String stem = lemma.substring(0, n - 1);
            forms.addAll(List.of(lemma + "d", stem + "ing", lemma + "ing"));
        } else if (last == 'y' && n > 1 && !isVowel(lemma.charAt(n - 2))) {
            String stem = lemma.substring(0, n - 1);
            forms.addAll(List.of(stem + "ied", lemma + "ing"));
        } else {
            forms.addAll(List.of(lemma + "ed", lemma + "ing"));
            if (n > 2 && !isVowel(last) && isVowel(lemma.charAt(n - 2)) && !isVowel(lemma.charAt(n - 3))
                    && "wxy".indexOf(last) < 0) {
                forms.addAll(List.of(lemma + last + "ed", lemma + last + "ing"));
            }
        }
        return forms;
    }

    /** The singular and its plural ("talk", "talks"; "ally", "allies"; "crash", "crashes"). */
    static Set<String> nounForms(String lemma) {
        int n = lemma.length();
        char last = lemma.charAt(n - 1);
        if (last == 'y' && n > 1 && !isVowel(lemma.charAt(n - 2))) {
            return Set.of(lemma, lemma.substring(0, n - 1) + "ies");
        }
        if (lemma.endsWith("s") || lemma.endsWith("x") || lemma.endsWith("ch") || lemma.endsWith("sh")) {
            return Set.of(lemma, lemma + "es");
        }
        return Set.of(lemma, lemma + "s");
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
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
