package org.annals.resolve;

import org.annals.model.EntityType;
import org.annals.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The mentions gathered for one entity while one article is resolved; not shared across calls. */
final class Cluster {
    final TreeSet<Span> mentions = new TreeSet<>();
    final List<String> names = new ArrayList<>();
    /** The comparison keys of {@code names} ({@link NameForms#key}), kept so lookups do not normalise again. */
    final Set<String> nameKeys = new LinkedHashSet<>();
    final Set<String> nameTokens = new LinkedHashSet<>();
    final Set<String> roles = new LinkedHashSet<>();
    final Set<String> affiliations = new LinkedHashSet<>();
    /** Roles as the lexicon normalises them, for matching "the president" to the person. */
    final Set<String> roleNames = new LinkedHashSet<>();
    int personVotes;
    int organizationVotes;
    int locationVotes;
    int miscVotes;
    String country;
    String sector;
    String actor;
    String canonicalName;
    /** -1 unknown, 0 female, 1 male. */
    int gender = -1;
    int lastMentionStart = -1;

    void addName(Span span, String name, EntityType type, List<String> tokens) {
        mentions.add(span);
        names.add(name);
        nameKeys.add(NameForms.key(name));
        for (String t : tokens) {
            nameTokens.add(NameForms.key(t));
        }
        switch (type) {
            case PERSON -> personVotes += tokens.size() > 1 ? 2 : 1;
            case ORGANIZATION -> organizationVotes++;
            case LOCATION -> locationVotes++;
            case MISC -> miscVotes++;
        }
        lastMentionStart = Math.max(lastMentionStart, span.start());
    }

    EntityType type() {
        int max = Math.max(Math.max(personVotes, organizationVotes), Math.max(locationVotes, miscVotes));
        if (personVotes == max) {
            return EntityType.PERSON;
        }
        if (organizationVotes == max) {
            return EntityType.ORGANIZATION;
        }
        return locationVotes == max ? EntityType.LOCATION : EntityType.MISC;
    }

    /** The fullest name the text gives: most words, then longest, then not in capitals ("Lyon", not "LYON"). */
    String longestName() {
        String best = names.get(0);
        for (String n : names) {
            int words = n.split(" ").length;
            int bestWords = best.split(" ").length;
            if (words > bestWords || words == bestWords && n.length() > best.length()
                    || words == bestWords && n.length() == best.length() && shouted(best) && !shouted(n)) {
                best = n;
            }
        }
        return best;
    }

    private static boolean shouted(String name) {
        return name.length() > 1 && name.equals(name.toUpperCase(java.util.Locale.ROOT))
                && !name.equals(name.toLowerCase(java.util.Locale.ROOT));
    }

    int firstMentionStart() {
        return mentions.first().start();
    }
}
