package org.annals.resolve;

import org.annals.annotate.AnnotatedText;
import org.annals.annotate.NamedMention;
import org.annals.annotate.Token;
import org.annals.model.EntityType;
import org.annals.model.Span;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Actors named by nationality, which the tagger leaves untagged: "Russian officials", "the Israeli
 * army", "Turkish and Greek negotiators", "Palestinians", and country names it missed ("Czechia").
 * Event coders (GDELT's RUSGOV, PLOVER's source "Russia, government") need them as actors. A
 * demonym becomes a mention only as a plural noun or before a group word, so "Chinese food" and the
 * "British" of "British Foreign Secretary Jack Straw" (a title, read by {@link RoleReader}) stay plain
 * words. The group's sector is read from its head word.
 */
public final class NationalGroups {
    /** Head words of groups that act, with their CAMEO sector. */
    private static final Map<String, String> GROUP_WORDS = Map.ofEntries(
            Map.entry("officials", "GOV"), Map.entry("official", "GOV"), Map.entry("government", "GOV"),
            Map.entry("authorities", "GOV"), Map.entry("diplomats", "GOV"), Map.entry("diplomat", "GOV"),
            Map.entry("negotiators", "GOV"), Map.entry("negotiator", "GOV"), Map.entry("delegation", "GOV"),
            Map.entry("minister", "GOV"), Map.entry("ministers", "GOV"), Map.entry("leaders", "GOV"),
            Map.entry("leader", "GOV"), Map.entry("leadership", "GOV"), Map.entry("side", "GOV"),
            Map.entry("sides", "GOV"), Map.entry("envoy", "GOV"), Map.entry("envoys", "GOV"),
            Map.entry("administration", "GOV"), Map.entry("cabinet", "GOV"), Map.entry("parliament", "LEG"),
            Map.entry("lawmakers", "LEG"), Map.entry("legislators", "LEG"), Map.entry("court", "JUD"),
            Map.entry("judge", "JUD"), Map.entry("prosecutors", "JUD"), Map.entry("police", "COP"),
            Map.entry("policemen", "COP"), Map.entry("army", "MIL"), Map.entry("military", "MIL"),
            Map.entry("troops", "MIL"), Map.entry("forces", "MIL"), Map.entry("soldiers", "MIL"),
            Map.entry("navy", "MIL"), Map.entry("warships", "MIL"), Map.entry("warplanes", "MIL"),
            Map.entry("jets", "MIL"), Map.entry("peacekeepers", "MIL"), Map.entry("intelligence", "SPY"),
            Map.entry("rebels", "REB"), Map.entry("rebel", "REB"), Map.entry("guerrillas", "REB"),
            Map.entry("insurgents", "REB"), Map.entry("militants", "REB"), Map.entry("fighters", "REB"),
            Map.entry("separatists", "REB"), Map.entry("militia", "REB"), Map.entry("militias", "REB"),
            Map.entry("opposition", "OPP"), Map.entry("protesters", "CVL"), Map.entry("demonstrators", "CVL"),
            Map.entry("students", "EDU"), Map.entry("workers", "LAB"), Map.entry("refugees", "REF"),
            Map.entry("civilians", "CVL"), Map.entry("people", "CVL"), Map.entry("nationals", "CVL"),
            Map.entry("citizens", "CVL"), Map.entry("businessman", "BUS"), Map.entry("businessmen", "BUS"),
            Map.entry("company", "BUS"), Map.entry("companies", "BUS"), Map.entry("firms", "BUS"),
            Map.entry("doctors", "HLH"), Map.entry("journalists", "MED"), Map.entry("media", "MED"),
            Map.entry("newspaper", "MED"), Map.entry("agency", "GOV"), Map.entry("team", "GOV"),
            Map.entry("elders", "ELI"),
            Map.entry("activists", "CVL"), Map.entry("junta", "MIL"), Map.entry("regime", "GOV"),
            Map.entry("farmers", "AGR"), Map.entry("teachers", "EDU"), Map.entry("miners", "LAB"),
            Map.entry("unions", "LAB"), Map.entry("villagers", "CVL"), Map.entry("residents", "CVL"),
            Map.entry("settlers", "CVL"), Map.entry("pilots", "MIL"), Map.entry("commandos", "MIL"), Map.entry("party", "PTY"), Map.entry("parties", "PTY"),
            Map.entry("prisoners", "CVL"), Map.entry("detainees", "CVL"), Map.entry("inmates", "CVL"),
            Map.entry("youths", "CVL"), Map.entry("immigrants", "CVL"), Map.entry("migrants", "CVL"),
            Map.entry("gunmen", "UAF"), Map.entry("extremists", "RAD"), Map.entry("nationalists", "OPP"),
            Map.entry("fundamentalists", "RAD"), Map.entry("clerics", "REL"), Map.entry("monks", "REL"),
            Map.entry("traders", "BUS"), Map.entry("fishermen", "CVL"), Map.entry("truckers", "LAB"),
            Map.entry("nurses", "HLH"), Map.entry("employees", "LAB"), Map.entry("sailors", "MIL"),
            Map.entry("tourists", "CVL"), Map.entry("pilgrims", "REL"), Map.entry("exiles", "OPP"),
            Map.entry("dissidents", "OPP"), Map.entry("hackers", "UAF"), Map.entry("paramilitaries", "UAF"),
            Map.entry("militiamen", "UAF"), Map.entry("bombers", "UAF"), Map.entry("warlords", "UAF"),
            Map.entry("coalition", "MIL"), Map.entry("bomber", "UAF"), Map.entry("gunman", "UAF"),
            Map.entry("militant", "REB"), Map.entry("soldier", "MIL"), Map.entry("guerrilla", "REB"),
            Map.entry("fighter", "REB"), Map.entry("insurgent", "REB"), Map.entry("policeman", "COP"),
            Map.entry("protester", "CVL"), Map.entry("prisoner", "CVL"), Map.entry("civilian", "CVL"));
    /** Heads that name an institution rather than a number of people. */
    private static final Set<String> INSTITUTIONS = Set.of("government", "authorities",
            "administration", "cabinet", "parliament", "court", "police", "army", "military", "navy", "intelligence",
            "delegation", "leadership", "agency", "party", "company", "newspaper", "media", "opposition", "junta",
            "regime");
    /** Group words that name one person, whom "the" marks as someone the article names. */
    private static final Set<String> PERSON_TITLES = Set.of("minister", "leader", "official",
            "envoy", "negotiator", "diplomat", "judge", "businessman");
    /** Peoples and faiths named after a country's demonym ("Iraqi Kurds"), not "Chinese Characteristics". */
    private static final Set<String> PEOPLES = Set.of("Kurds", "Serbs", "Croats", "Muslims",
            "Moslems", "Christians", "Arabs", "Tamils", "Shiites", "Shias", "Sunnis", "Cypriots", "Albanians", "Hutus",
            "Tutsis", "Pashtuns", "Uighurs", "Uyghurs", "Tibetans", "Jews", "Hindus", "Sikhs", "Catholics",
            "Protestants", "Druze", "Berbers", "Copts", "Maronites", "Turks", "Russians", "Hungarians", "Greeks",
            "Armenians", "Azeris", "Baluchis", "Rohingya", "Karens", "Kachins", "Tuaregs", "Somalis", "Moros");
    private static final Set<String> FUNCTION_WORDS = Set.of("in", "of", "at", "on", "for",
            "with", "to", "from", "by", "and", "or", "near", "outside", "against", "than", "that", "who", "which",
            "along", "across", "around", "into", "over", "under", "between", "through", "inside", "beyond", "the",
            "a", "an", "its", "their", "his", "her", "during", "after", "before", "since", "as", "while", "when",
            "is", "are", "was", "were", "has", "have", "had");
    private static final Set<String> CALENDAR = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December");
    /** Lower-case words that may stand between the demonym and the group word ("Afghan rebel leaders"). */
    private static final int MAX_MODIFIERS = 2;

    private final ActorKnowledge knowledge;

    NationalGroups(ActorKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    AnnotatedText add(AnnotatedText text) {
        return Retagging.withFound(text, (from, limit, out) -> group(text.tokens(), from, limit, out));
    }

    /** Adds the mention starting at token {@code i}, if any, and returns the token after it (else {@code i}). */
    private int group(List<Token> tokens, int i, int limit, List<NamedMention> out) {
        Token t = tokens.get(i);
        if (!untaggedCapital(t) || t.text().equals("The")) {
            return i;
        }
        int nationEnd = i + 1;
        Optional<String> country = Optional.empty();
        // Two-word demonyms and names first: "South African", "Sri Lankan", "New Zealand".
        if (i + 1 < limit && untaggedCapital(tokens.get(i + 1))) {
            String two = t.text() + " " + tokens.get(i + 1).text();
            country = knowledge.countryOfAdjective(two);
            if (country.isPresent()) {
                nationEnd = i + 2;
            } else if (knowledge.countryOfPlace(two).isPresent() && knowledge.knownName(two, false).isPresent()) {
                out.add(mention(tokens, i, i + 2, EntityType.LOCATION));
                return i + 2;
            }
        }
        if (country.isEmpty()) {
            country = knowledge.countryOfAdjective(t.text());
        }

        if (country.isEmpty()) {
            // A country's own name the tagger missed: "Czechia", "Kyrgyzstan".
            if (t.text().length() > 3 && knowledge.knownName(t.text(), false).filter(EntityType.LOCATION::equals)
                    .isPresent() && knowledge.countryOfPlace(t.text()).isPresent() && i + 1 < limit
                    && !untaggedCapital(tokens.get(i + 1))) {
                out.add(mention(tokens, i, i + 1, EntityType.LOCATION));
                return i + 1;
            }
            return i;
        }
        if (nationEnd + 2 < limit && tokens.get(nationEnd).text().equals("-")
                && tokens.get(nationEnd + 1).text().equalsIgnoreCase("led")) {
            // "the Saudi-led coalition", "Vietnamese-led forces": the forces of the country that leads them.
            int head = groupHead(tokens, nationEnd + 2, limit);
            if (head >= 0) {
                out.add(mention(tokens, i, head + 1, EntityType.MISC));
                return head + 1;
            }
        }
        // "Palestinians", "Albanians": the people themselves.
        String word = tokens.get(nationEnd - 1).text();
        if (word.endsWith("s") && knowledge.countryOfAdjective(word.substring(0, word.length() - 1)).isPresent()) {
            out.add(mention(tokens, i, nationEnd, EntityType.MISC));
            return nationEnd;
        }
        // "The French president", "the Russian minister": a person named elsewhere, which NominalMentions links.
        boolean definite = i > 0 && tokens.get(i - 1).text().equalsIgnoreCase("the");
        String next = nationEnd < limit ? tokens.get(nationEnd).text() : "";
        if (!GROUP_WORDS.containsKey(next) && titleFollows(tokens, nationEnd, limit)
                || definite && PERSON_TITLES.contains(next)) {
            return i;
        }
        int head = groupHead(tokens, nationEnd, limit);
        if (head >= 0 && head + 1 < limit && (tokens.get(head + 1).ner() == EntityType.PERSON
                || untaggedCapital(tokens.get(head + 1)))) {
            return i; // "Palestinian leader Yasser Arafat": a title, which RoleReader reads
        }
        if (head < 0) {
            // "Hungarian and Romanian officials": the first demonym shares the second's head.
            if (nationEnd + 1 < limit && tokens.get(nationEnd).text().equals("and")
                    && untaggedCapital(tokens.get(nationEnd + 1))
                    && knowledge.countryOfAdjective(tokens.get(nationEnd + 1).text()).isPresent()
                    && groupHead(tokens, nationEnd + 2, limit) >= 0) {
                out.add(mention(tokens, i, nationEnd, EntityType.MISC));
                return nationEnd;
            }
            // "Iraqi Kurds", "Bosnian Serbs": a people of that country.
            if (nationEnd < limit && untaggedCapital(tokens.get(nationEnd)) && PEOPLES.contains(tokens.get(nationEnd).text())
                    && (nationEnd + 1 >= limit || !untaggedCapital(tokens.get(nationEnd + 1)))) {
                out.add(mention(tokens, i, nationEnd + 1, EntityType.MISC));
                return nationEnd + 1;
            }
            // Otherwise the demonym alone, as its country's side ("Israeli air raids"), unless a title or name
            // follows ("Russian Foreign Minister", "Chinese President Xi").
            if (nationEnd < limit && (tokens.get(nationEnd).ner() != null || untaggedCapital(tokens.get(nationEnd)))
                    || describesAName(tokens, nationEnd, limit)) {
                return i;
            }
            out.add(mention(tokens, i, nationEnd, EntityType.MISC));
            return nationEnd;
        }
        String headWord = tokens.get(head).text().toLowerCase(Locale.ROOT);
        out.add(mention(tokens, i, head + 1, INSTITUTIONS.contains(headWord) ? EntityType.ORGANIZATION : EntityType.MISC));
        return head + 1;
    }

    /** The group word at or a few lower-case words after {@code from}, or -1. */
    private static int groupHead(List<Token> tokens, int from, int limit) {
        int found = -1;
        for (int j = from; j < limit && j <= from + MAX_MODIFIERS; j++) {
            String w = tokens.get(j).text();
            if (w.isEmpty() || !Character.isLowerCase(w.charAt(0)) || tokens.get(j).ner() != null) {
                break;
            }
            if (GROUP_WORDS.containsKey(w.toLowerCase(Locale.ROOT))) {
                found = j; // the last of adjacent group words: "rebel leaders", "intelligence officials"
            } else if (found >= 0) {
                break; // "police dispersed protesters": the group ends before the verb
            }
        }
        return found;
    }

    /** The sector a group mention's head word names ("officials" GOV, "troops" MIL), or null. */
    static String sectorOf(String mention) {
        String last = mention.substring(mention.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return GROUP_WORDS.get(last);
    }

    /** The country whose demonym opens {@code name} ("South African troops" ZAF), if any. */
    public static Optional<String> nation(String name, ActorKnowledge knowledge) {
        List<String> words = NameForms.words(name);
        if (words.size() > 1) {
            Optional<String> two = knowledge.countryOfAdjective(words.get(0) + " " + words.get(1));
            if (two.isPresent()) {
                return two;
            }
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String first = words.get(0);
        // "Saudi-led coalition": the leading country's.
        return knowledge.countryOfAdjective(first.endsWith("-led") ? first.substring(0, first.length() - 4) : first);
    }

    /** A role title of up to three words at {@code from}: "president", "prime minister", "foreign minister". */
    private boolean titleFollows(List<Token> tokens, int from, int limit) {
        StringBuilder phrase = new StringBuilder();
        for (int j = from; j < limit && j < from + 3; j++) {
            phrase.append(j == from ? "" : " ").append(tokens.get(j).text());
            if (knowledge.role(phrase.toString()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** "Chinese carmaker Qilin Motors", "Kenyan runner Ruth Wanjiru": lower-case words, then a name. */
    private static boolean describesAName(List<Token> tokens, int from, int limit) {
        for (int j = from; j < limit && j < from + 4; j++) {
            Token t = tokens.get(j);
            if (CALENDAR.contains(t.text())) {
                return false; // "Israeli air raids last Friday": a day, not a name
            }
            if (t.ner() != null || untaggedCapital(t)) {
                return j > from;
            }
            if (t.text().isEmpty() || !Character.isLowerCase(t.text().charAt(0)) || FUNCTION_WORDS.contains(t.text())) {
                return false; // "the American embassy in Seoul": the phrase ends before the name
            }
        }
        return false;
    }

    private static boolean untaggedCapital(Token t) {
        return t.ner() == null && t.text().length() > 1 && Character.isUpperCase(t.text().charAt(0));
    }

    private static NamedMention mention(List<Token> tokens, int from, int end, EntityType type) {
        return new NamedMention(new Span(tokens.get(from).start(), tokens.get(end - 1).end()), type, from, end);
    }
}
