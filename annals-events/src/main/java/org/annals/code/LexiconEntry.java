package org.annals.code;

import java.util.List;
import java.util.Set;

/**
 * One row of the event lexicon: a verb or noun that names an event, the conditions under which it
 * does, and what it codes to.
 *
 * @param id         unique id, reported as the event's rule ("v.meet", "n.phone-call")
 * @param lemma      the word's lemma, lower case
 * @param noun       whether the entry is for a noun (else a verb)
 * @param conditions all must hold for the entry to fire
 * @param category   PLOVER category, OCCURRENCE, or INTENT (AGREE, THREATEN when what is intended is hostile)
 * @param mode       PLOVER mode, "*" for the object's lemma, or null
 * @param cameo      nearest CAMEO code, or null
 * @param actor      roles tried in order for the actors
 * @param recipient  roles tried in order for the recipients
 */
public record LexiconEntry(String id, String lemma, boolean noun, List<Condition> conditions, String category,
                           String mode, String cameo, List<String> actor, List<String> recipient) {
    public LexiconEntry {
        conditions = List.copyOf(conditions);
        actor = List.copyOf(actor);
        recipient = List.copyOf(recipient);
    }

    /** What must hold around the trigger word for the entry to fire. */
    public enum Kind { OBJ, SUBJ, PREP, PRT, COMP, NOTCOMP, NOOBJ, OBJENT, OBJPERSON, AGENT, MOD, PLURAL, LIGHT }

    /**
     * One condition of an entry.
     *
     * @param kind   what is tested
     * @param values the lemmas or prepositions accepted, empty for conditions without values
     */
    public record Condition(Kind kind, Set<String> values) {
        public Condition {
            values = Set.copyOf(values);
        }
    }
}
