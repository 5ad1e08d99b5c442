package org.annals.resolve;

import org.annals.annotate.AnnotatedText;
import org.annals.annotate.Token;
import org.annals.model.EntityType;
import org.annals.model.Span;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Links "the Russian president", "the president" and "the foreign minister" to the one person of
 * the article who holds that role, as read from the text.
 */
final class NominalMentions {
    private final ActorKnowledge knowledge;

    NominalMentions(ActorKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    void link(AnnotatedText text, List<Cluster> clusters) {
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
