package org.annals.resolve;

import org.annals.annotate.AnnotatedText;
import org.annals.annotate.NamedMention;
import org.annals.annotate.Token;
import org.annals.model.EntityType;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the tagger's mentions into entities within one article: the same name; a person's
 * surname or given name alone after the full name ("Xi" after "Xi Jinping", "Putin" after
 * "Vladimir Putin"); an acronym after the full name of an organisation ("WHO"); and single-word
 * mentions the tagger mistyped that match a person's name.
 */
final class MentionClusterer {
    private final ActorKnowledge knowledge;

    MentionClusterer(ActorKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** The clusters in order of first mention, and the cluster of every mention. */
    record Result(List<Cluster> clusters, Map<NamedMention, Cluster> byMention) {
    }

    Result cluster(AnnotatedText text) {
        List<Cluster> clusters = new ArrayList<>();
        Map<NamedMention, Cluster> byMention = new IdentityHashMap<>();
        for (NamedMention mention : text.mentions()) {
            if (insideTitle(text, mention)) {
                continue;
            }
            List<String> tokens = new ArrayList<>();
            for (Token t : text.tokens().subList(mention.firstToken(), mention.endToken())) {
                tokens.add(t.text());
            }
            String name = mention.span().of(text.text());
            Cluster target = find(clusters, name, tokens, mention.type());
            if (target == null) {
                target = new Cluster();
                clusters.add(target);
            }
            target.addName(mention.span(), name, mention.type(), tokens);
            byMention.put(mention, target);
        }
        return new Result(clusters, byMention);
    }

    /** "State" in "Secretary of State" is part of a title, not an organisation. */
    private boolean insideTitle(AnnotatedText text, NamedMention mention) {
        if (mention.endToken() - mention.firstToken() != 1) {
            return false;
        }
        for (int from = mention.firstToken() - 1; from >= Math.max(0, mention.firstToken() - 3); from--) {
            String phrase = text.text().substring(text.tokens().get(from).start(), mention.span().end());
            if (knowledge.role(phrase).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private Cluster find(List<Cluster> clusters, String name, List<String> tokens, EntityType type) {
        String key = NameForms.key(name);
        Cluster best = null;
        for (Cluster c : clusters) {
            if (c.nameKeys.contains(key) && compatible(c, type, tokens)) {
                best = later(best, c);
            }
        }
        if (best != null) {
            return best;
        }
        for (Cluster c : clusters) {
            if (c.type() == EntityType.PERSON && partOfPersonName(c, tokens, type)) {
                best = later(best, c);
            } else if (c.type() == EntityType.ORGANIZATION && type == EntityType.ORGANIZATION && acronymOf(c, tokens)) {
                best = later(best, c);
            } else if (c.type() == EntityType.ORGANIZATION && shortFormOf(c, tokens)) {
                best = later(best, c);
            }
        }
        return best;
    }

    /** Same-name mentions of different classes stay apart when both are confident multi-word names. */
    private static boolean compatible(Cluster c, EntityType type, List<String> tokens) {
        return tokens.size() == 1 || c.type() == type || c.personVotes == 0 || type != EntityType.PERSON;
    }

    private boolean partOfPersonName(Cluster person, List<String> tokens, EntityType type) {
        if (type == EntityType.PERSON && person.nameTokens.size() == 1
                && tokens.stream().anyMatch(t -> person.nameTokens.contains(NameForms.key(t)))) {
            return true; // "Putin" first, "Vladimir Putin" later
        }
        for (String t : tokens) {
            if (!person.nameTokens.contains(NameForms.key(t))) {
                return false;
            }
        }
        if (type == EntityType.PERSON) {
            return true;
        }
        // A one-word place or organisation is taken for the person only when it names no known place.
        return tokens.size() == 1 && knowledge.countryOfPlace(tokens.get(0)).isEmpty();
    }

    /**
     * "Hanbit" after "Hanbit Nuclear Power": the leading word of an organisation's name, whatever
     * class the tagger gave it, unless it names a place ("China" is not "China Daily").
     */
    private boolean shortFormOf(Cluster organization, List<String> tokens) {
        if (tokens.size() != 1 || knowledge.countryOfPlace(tokens.get(0)).isPresent()
                || knowledge.countryOfAdjective(tokens.get(0)).isPresent()) {
            return false;
        }
        String key = NameForms.key(tokens.get(0));
        for (String n : organization.names) {
            List<String> words = NameForms.words(n);
            if (words.size() > 1 && NameForms.key(words.get(0)).equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static boolean acronymOf(Cluster organization, List<String> tokens) {
        if (tokens.size() == 1 && NameForms.isAcronym(tokens.get(0))) {
            for (String n : organization.names) {
                if (NameForms.initials(NameForms.words(n)).equals(tokens.get(0))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Cluster later(Cluster a, Cluster b) {
        return a == null || b.lastMentionStart > a.lastMentionStart ? b : a;
    }
}
