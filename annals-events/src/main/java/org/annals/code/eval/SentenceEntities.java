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

/**
 * A simple entity builder for evaluation on single sentences, standing in for the article resolver:
 * one entity per distinct mention text, plus one per country name or demonym the tagger left
 * untagged ("Hungarian officials"); each gets the country its name, its words, or a title before
 * it names ("British Defence Secretary Tom King" is GBR).
 */
public final class SentenceEntities {
    private static final int CONTEXT_TOKENS = 5;

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
            if (!covered[i] && Character.isUpperCase(t.text().charAt(0)) && countries.country(t.text()) != null) {
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
        for (int i = m.firstToken(); code == null && i < m.endToken(); i++) {
            code = countries.country(tokens.get(i).text());
        }
        // Titles and adjectives before the name: "Russian President Vladimir Putin", "Taiwan's Vice Foreign Minister".
        for (int i = m.firstToken() - 1; code == null && i >= Math.max(0, m.firstToken() - CONTEXT_TOKENS); i--) {
            String word = tokens.get(i).text();
            if (!Character.isUpperCase(word.charAt(0)) && !word.equals("'s")) {
                break;
            }
            code = countries.country(word);
        }
        // "King Hassan of Morocco".
        int after = m.endToken();
        if (code == null && after + 1 < tokens.size() && tokens.get(after).text().equals("of")) {
            code = countries.country(tokens.get(after + 1).text());
        }
        return code;
    }
}
