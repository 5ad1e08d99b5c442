package org.annals.resolve;

import org.annals.annotate.AnnotatedText;
import org.annals.annotate.Token;
import org.annals.model.EntityType;
import org.annals.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the repeats of a name the tagger missed: "Xi" or "Marsh" alone after the full name, an
 * acronym used before, the full name again. Only capitalised words the tagger left untagged, and
 * only names that point to one entity of the article.
 */
final class RepeatedNames {
    private static final Cluster SHARED = new Cluster();

    void add(AnnotatedText text, List<Cluster> clusters) {
        Map<String, Cluster> single = new HashMap<>();
        Map<List<String>, Cluster> multi = new HashMap<>();
        for (Cluster c : clusters) {
            for (String name : c.names) {
                List<String> words = NameForms.words(name);
                if (words.size() == 1) {
                    put(single, NameForms.key(name), c);
                } else {
                    put(multi, keys(words), c);
                    if (c.type() == EntityType.PERSON) {
                        put(single, NameForms.key(words.get(words.size() - 1)), c);
                    }
                }
            }
        }
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.ner() != null || !capitalised(t.text())) {
                continue;
            }
            int end = matchFullName(tokens, i, multi);
            if (end > i) {
                target(multi, tokens, i, end).mentions.add(new Span(t.start(), tokens.get(end - 1).end()));
                i = end - 1;
                continue;
            }
            Cluster c = single.get(NameForms.key(t.text()));
            if (c != null && c != SHARED) {
                c.mentions.add(new Span(t.start(), t.end()));
            }
        }
    }

    private static int matchFullName(List<Token> tokens, int from, Map<List<String>, Cluster> multi) {
        for (int end = Math.min(tokens.size(), from + 6); end > from + 1; end--) {
            Cluster c = target(multi, tokens, from, end);
            if (c != null && c != SHARED && untagged(tokens, from, end)) {
                return end;
            }
        }
        return from;
    }

    private static Cluster target(Map<List<String>, Cluster> multi, List<Token> tokens, int from, int end) {
        List<String> keys = new ArrayList<>(end - from);
        for (Token t : tokens.subList(from, end)) {
            keys.add(NameForms.key(t.text()));
        }
        return multi.get(keys);
    }

    private static boolean untagged(List<Token> tokens, int from, int end) {
        for (Token t : tokens.subList(from, end)) {
            if (t.ner() != null) {
                return false;
            }
        }
        return true;
    }

    private static List<String> keys(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(NameForms.key(w));
        }
        return out;
    }

    private static <K> void put(Map<K, Cluster> map, K key, Cluster c) {
        Cluster old = map.putIfAbsent(key, c);
        if (old != null && old != c) {
            map.put(key, SHARED);
        }
    }

    private static boolean capitalised(String word) {
        return word.length() > 1 && Character.isUpperCase(word.charAt(0));
    }
}
