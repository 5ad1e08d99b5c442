package org.annals.code.eval;

import org.annals.annotate.AnnotatedText;
import org.annals.annotate.NamedMention;
import org.annals.annotate.Token;
import org.annals.model.Entity;
import org.annals.model.EntityType;
import org.annals.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A simple entity builder for evaluation on single sentences, standing in for the article resolver:
 * one entity per distinct mention text, plus one per country name or demonym the tagger left
 * untagged ("Hungarian officials"); each gets the country its name, its words, or a title before
 * it names ("British Defence Secretary Tom King" is GBR).
 */
public final class SentenceEntities {
    private static final int CONTEXT_TOKENS = 6;
    /** Lower-case words that may stand in a title before a name ("Nigerian junior foreign minister Dubem Oniya"). */
    private static final Set<String> TITLE_WORDS = Set.of("president", "minister", "foreign", "leader", "secretary",
            "defence", "defense", "prime", "general", "chief", "official", "spokesman", "spokeswoman", "ambassador",
            "envoy", "king", "queen", "prince", "emir", "commander", "head", "chairman", "deputy", "vice", "senior",
            "junior", "former", "top", "state", "interior", "affairs", "of", "the", "national", "assembly", "army",
            "opposition", "rebel", "military", "finance", "trade", "justice", "negotiator", "mediator", "premier", "new",
            "acting", "interim", "incoming", "outgoing", "late", "then");
    private static final Set<String> TITLE_BREAKS = Set.of("and", "or", "but", "said", "says", "with", "to", "by",
            "for", "on", "at", "in", "from", "that", "who", "which", "when", "as", "after", "before", "while",
            "told", "met", "against", "between");

    private SentenceEntities() {
    }

    /** The entities of {@code text}, numbered e1, e2, … in order of first mention. */
    public static List<Entity> build(AnnotatedText text, ActorCountry countries) {
        List<Token> tokens = text.tokens();
        boolean[] covered = new boolean[tokens.size()];
        Map<String, List<Span>> spans = new LinkedHashMap<>();
        Map<String, EntityType> types = new LinkedHashMap<>();
        Map<String, String> country = new LinkedHashMap<>();
        List<NamedMention> mentions = new ArrayList<>(text.mentions());
        for (NamedMention m : text.mentions()) {
            for (int i = m.firstToken(); i < m.endToken(); i++) {
                covered[i] = true;
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (covered[i] || !Character.isUpperCase(t.text().charAt(0))) {
                continue;
            }
            // Two-word names first: "South African", "Sri Lankan"; "Bosnian Serbs" and "Iraqi Kurds" are one
            // group, of the first word's country.
            boolean nextFree = i + 1 < tokens.size() && !covered[i + 1] && !t.text().equals("The");
            if (nextFree && (countries.country(t.text() + " " + tokens.get(i + 1).text()) != null
                    || countries.country(t.text()) != null && countries.country(tokens.get(i + 1).text()) != null)) {
                mentions.add(new NamedMention(new Span(t.start(), tokens.get(i + 1).end()), EntityType.MISC, i, i + 2));
                i++;
            } else if (countries.country(t.text()) != null) {
                mentions.add(new NamedMention(new Span(t.start(), t.end()), EntityType.MISC, i, i + 1));
            }
        }
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        for (NamedMention m : mentions) {
            String name = m.span().of(text.text());
            spans.computeIfAbsent(name, k -> new ArrayList<>()).add(m.span());
            types.putIfAbsent(name, m.type());
            if (country.get(name) == null) {
                country.put(name, countryOf(name, m, tokens, countries));
            }
        }
        List<Entity> out = new ArrayList<>();
        for (Map.Entry<String, List<Span>> e : spans.entrySet()) {
            out.add(new Entity("e" + (out.size() + 1), e.getKey(), types.get(e.getKey()), country.get(e.getKey()),
                    null, List.of(), List.of(), e.getValue(), null));
        }
        return out;
    }

    private static String countryOf(String name, NamedMention m, List<Token> tokens, ActorCountry countries) {
        String code = countries.country(name);
        if (code != null && m.type() == EntityType.MISC) {
            // "Albanians in south Serbia", "the Albanians of southern Serbia": where a group lives.
            String home = residence(m.endToken(), tokens, countries);
            code = home != null ? home : code;
        }
        for (int i = m.firstToken(); code == null && i < m.endToken(); i++) {
            code = countries.country(tokens.get(i).text());
        }
        // Titles and adjectives before the name: "Russian President Vladimir Putin", "U.S. Secretary of State
        // Warren Christopher", "Libyan leader Muammar Gaddafi"; a comma, verb-like word or conjunction ends the title.
        for (int i = m.firstToken() - 1; code == null && i >= Math.max(0, m.firstToken() - CONTEXT_TOKENS); i--) {
            String word = tokens.get(i).text();
            boolean lower = Character.isLowerCase(word.charAt(0));
            if (TITLE_BREAKS.contains(word.toLowerCase(java.util.Locale.ROOT)) || !Character.isLetter(word.charAt(0))
                    && !word.equals("'s") || lower && !TITLE_WORDS.contains(word)) {
                break;
            }
            code = countries.country(word);
            if (code == null && i > 0) {
                code = countries.country(tokens.get(i - 1).text() + " " + word);
            }
        }
        // "King Hassan of Morocco".
        int after = m.endToken();
        if (code == null && after + 1 < tokens.size() && tokens.get(after).text().equals("of")) {
            code = countries.country(tokens.get(after + 1).text());
        }
        // "Kenzo Oshima, the United Nations Emergency Relief Coordinator,".
        if (code == null && after < tokens.size() && tokens.get(after).text().equals(",")) {
            for (int i = after + 1; code == null && i < Math.min(tokens.size(), after + 1 + CONTEXT_TOKENS); i++) {
                String word = tokens.get(i).text();
                if (word.equals(",")) {
                    break;
                }
                code = countries.country(word);
                if (code == null && i + 1 < tokens.size()) {
                    code = countries.country(word + " " + tokens.get(i + 1).text());
                }
            }
        }
        return code;
    }

    private static String residence(int after, List<Token> tokens, ActorCountry countries) {
        if (after >= tokens.size() || !Set.of("in", "of").contains(tokens.get(after).text())) {
            return null;
        }
        for (int i = after + 1; i < Math.min(tokens.size(), after + 4); i++) {
            String code = countries.country(tokens.get(i).text());
            if (code != null) {
                return code;
            }
        }
        return null;
    }
}
