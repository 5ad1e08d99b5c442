package org.annals.resolve;

import org.annals.annotate.AnnotatedText;
import org.annals.annotate.Sentence;
import org.annals.annotate.Token;
import org.annals.model.EntityType;
import org.annals.model.Span;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ethnic groups belong to the country they live in, as event coders code them: "ethnic Albanians in
 * Serbia" and "the Albanians of southern Serbia" are Serbian actors, "ethnic Turks" protesting a Swedish
 * decision are in Sweden. A group named by nationality alone ("Albanian officials") keeps its nation.
 */
final class Residence {
    /** Words that may stand between "of" and the place: "the Albanians of southern Serbia". */
    private static final int PLACE_REACH = 3;

    void apply(AnnotatedText text, List<Cluster> clusters) {
        Map<Integer, Cluster> placeAt = new HashMap<>();
        for (Cluster c : clusters) {
            if (c.type() == EntityType.LOCATION && c.country != null) {
                c.mentions.forEach(m -> placeAt.putIfAbsent(m.start(), c));
            }
        }
        List<Token> tokens = text.tokens();
        for (Cluster c : clusters) {
            if (c.type() != EntityType.MISC || c.country == null) {
                continue;
            }
            for (Span m : c.mentions) {
                String home = home(text, tokens, m, c, placeAt);
                if (home != null) {
                    c.country = home;
                    break;
                }
            }
        }
    }

    private String home(AnnotatedText text, List<Token> tokens, Span mention, Cluster group, Map<Integer, Cluster> placeAt) {
        int first = tokenAt(tokens, mention.start());
        if (first < 0) {
            return null;
        }
        int end = first;
        while (end < tokens.size() && tokens.get(end).start() < mention.end()) {
            end++;
        }
        boolean ethnic = first > 0 && tokens.get(first - 1).text().toLowerCase(Locale.ROOT).equals("ethnic");
        if (group.sector == null || ethnic) {
            // "the Albanians of southern Serbia"
            if (end < tokens.size() && tokens.get(end).text().equals("of")) {
                for (int k = end + 1; k < tokens.size() && k <= end + PLACE_REACH; k++) {
                    Cluster place = placeAt.get(tokens.get(k).start());
                    if (place != null) {
                        return place.country.equals(group.country) ? null : place.country;
                    }
                }
            }
        }
        if (!ethnic) {
            return null;
        }
        for (Sentence s : text.sentences()) {
            if (!s.span().contains(mention)) {
                continue;
            }
            for (int k = s.firstToken(); k < s.endToken(); k++) {
                Cluster place = placeAt.get(tokens.get(k).start());
                if (place != null && !place.country.equals(group.country)) {
                    return place.country;
                }
            }
        }
        return null;
    }

    /** The index of the token starting at {@code start}, or -1 (tokens are in text order). */
    static int tokenAt(List<Token> tokens, int start) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = tokens.get(mid).start();
            if (s == start) {
                return mid;
            }
            if (s < start) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }
}
