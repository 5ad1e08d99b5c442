package org.annals.resolve;

import org.annals.annotate.AnnotatedText;
import org.annals.annotate.Token;
import org.annals.model.EntityType;
import org.annals.model.Span;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Links "the Russian president", "the president" and "the foreign minister" to the one person of
 * the article who holds that role, as read from the text; and "the company", "the bank" to the
 * last organisation named shortly before that the word fits.
 */
final class NominalMentions {
    /** Words that name what an organisation is, used alone for the last one named ("the company said"). */
    private static final Set<String> GENERIC = Set.of("company", "firm", "group", "bloc", "organisation",
            "organization", "carmaker", "automaker", "airline", "lender", "insurer", "retailer", "operator",
            "manufacturer", "maker", "startup", "broadcaster", "club", "alliance", "conglomerate", "chipmaker");
    /** Words that must appear in the organisation's name ("the bank" for "Thamesgate Bank"). */
    private static final Set<String> NAMED = Set.of("bank", "court", "council", "ministry", "union", "party",
            "university", "institute", "agency", "commission", "committee", "parliament", "assembly", "fund",
            "federation", "association", "league", "foundation", "museum", "army", "navy", "police");
    /** How far back, in characters, "the company" may refer. */
    private static final int REACH = 600;

    private final ActorKnowledge knowledge;

    NominalMentions(ActorKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    void link(AnnotatedText text, List<Cluster> clusters) {
        linkTitles(text, clusters);
        linkDescriptions(text, clusters);
    }

    /** "the company", "the bank": the last organisation named within reach that such a word fits. */
    private static void linkDescriptions(AnnotatedText text, List<Cluster> clusters) {
        TreeMap<Integer, Cluster> organizationAt = new TreeMap<>();
        for (Cluster c : clusters) {
            if (c.type() == EntityType.ORGANIZATION) {
                for (Span s : c.mentions) {
                    organizationAt.put(s.start(), c);
                }
            }
        }
        List<Token> tokens = text.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String word = tokens.get(i + 1).text().toLowerCase(Locale.ROOT);
            if (!tokens.get(i).text().equalsIgnoreCase("the") || tokens.get(i + 1).ner() != null
                    || !GENERIC.contains(word) && !NAMED.contains(word)
                    || i + 2 < tokens.size() && (tokens.get(i + 2).ner() != null || tokens.get(i + 2).text().equals("of"))) {
                continue;
            }
            int at = tokens.get(i).start();
            for (Map.Entry<Integer, Cluster> e = organizationAt.lowerEntry(at); e != null && at - e.getKey() <= REACH;
                 e = organizationAt.lowerEntry(e.getKey())) {
                Cluster c = e.getValue();
                if (GENERIC.contains(word) || c.nameKeys.stream().anyMatch(k -> k.contains(word))) {
                    c.mentions.add(new Span(at, tokens.get(i + 1).end()));
                    break;
                }
            }
        }
    }

    private void linkTitles(AnnotatedText text, List<Cluster> clusters) {
        List<Token> tokens = text.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i).text().equalsIgnoreCase("the") || tokens.get(i + 1).ner() != null) {
                continue;
            }
            int j = i + 1;
            String country = null;
            Optional<String> adjective = knowledge.countryOfAdjective(tokens.get(j).text());
            if (adjective.isPresent() && j + 1 < tokens.size()) {
                country = adjective.get();
                j++;
            }
            int limit = j;
            while (limit < tokens.size() && limit < j + 3 && isWord(tokens.get(limit).text())) {
                limit++;
            }
            for (int end = limit; end > j; end--) {
                if (end < tokens.size() && followsWithName(tokens.get(end))) {
                    continue;
                }
                String title = text.text().substring(tokens.get(j).start(), tokens.get(end - 1).end());
                Optional<ActorKnowledge.Role> role = knowledge.role(title);
                if (role.isPresent()) {
                    Cluster holder = holder(clusters, role.get().name().toLowerCase(Locale.ROOT), country);
                    if (holder != null) {
                        holder.mentions.add(new Span(tokens.get(i).start(), tokens.get(end - 1).end()));
                    }
                    i = end - 1;
                    break;
                }
            }
        }
    }

    private static boolean isWord(String token) {
        return !token.isEmpty() && Character.isLetter(token.charAt(0));
    }

    /** "the president Vladimir Putin" or "the president of France": the title belongs to what follows. */
    private static boolean followsWithName(Token next) {
        return next.ner() == EntityType.PERSON || next.text().equals("of");
    }

    private static Cluster holder(List<Cluster> clusters, String role, String country) {
        Cluster found = null;
        for (Cluster c : clusters) {
            if (c.type() == EntityType.PERSON && c.roleNames.contains(role)
                    && (country == null || country.equals(c.country))) {
                if (found != null) {
                    return null; // two presidents in the article: "the president" is not clear
                }
                found = c;
            }
        }
        return found;
    }
}
