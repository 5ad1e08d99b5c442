package org.annals.code.eval;

import org.annals.model.EntityType;
import org.annals.resolve.KnowledgeBaseActors;
import org.annals.resolve.kb.Actor;
import org.annals.resolve.kb.ActorKnowledgeBase;

import java.util.List;
import java.util.Optional;

/**
 * The country an actor's name stands for ("Russian" and "Moscow" for RUS), or IGO/NGO for
 * international organisations, as the actor knowledge base knows it.
 */
@FunctionalInterface
public interface ActorCountry {
    /** ISO 3166 alpha-3 code, "IGO" or "NGO" for {@code name}, or null when unknown. */
    String country(String name);

    /** Answers from the bundled knowledge base. */
    static ActorCountry builtIn() {
        return of(ActorKnowledgeBase.bundled());
    }

    /** Answers from {@code kb}: countries, demonyms, capitals and metonyms, then organisations and people. */
    static ActorCountry of(ActorKnowledgeBase kb) {
        KnowledgeBaseActors knowledge = new KnowledgeBaseActors(kb);
        return name -> {
            if (name == null || name.chars().noneMatch(Character::isUpperCase)) {
                return null; // "us" is a pronoun, not the United States
            }
            if (name.length() <= 3 && !name.equals(name.toUpperCase(java.util.Locale.ROOT)) && !name.contains(".")) {
                return null; // "At" and "In" open sentences; the codes "AT" and "IN" are written in capitals
            }
            Optional<String> country = knowledge.countryOfPlace(name).or(() -> knowledge.countryOfAdjective(name));
            if (country.isPresent()) {
                return country.get();
            }
            List<Actor> actors = kb.actorsNamed(name);
            if (actors.size() != 1) {
                return null;
            }
            Actor actor = actors.get(0);
            if (actor.type() == EntityType.ORGANIZATION && ("IGO".equals(actor.sector()) || "NGO".equals(actor.sector()))) {
                return actor.sector();
            }
            return actor.country();
        };
    }
}
