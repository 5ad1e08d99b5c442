package org.annals.resolve;

import org.annals.model.EntityType;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the resolver may ask of the actor knowledge base: countries behind names and adjectives,
 * roles behind titles, and known actors behind names. The bundled knowledge base answers; an
 * empty answer means the text alone must tell.
 */
public interface ActorKnowledge {
    /** The ISO alpha-3 code of the country this adjective names ("Russian" → RUS). */
    Optional<String> countryOfAdjective(String adjective);

    /** The ISO alpha-3 code of the country a place name or metonym stands for ("Beijing", "the Kremlin"). */
    Optional<String> countryOfPlace(String name);

    /** The normalised role a title phrase names ("Foreign Minister"), with its sector. */
    Optional<Role> role(String title);

    /** The known actor with this name or alias, with what it was on {@code date} (null: latest). */
    Optional<KnownActor> actor(String name, EntityType type, LocalDate date);

    /**
     * The country every known actor of this name and type belongs to, whenever they served: "President
     * Bush" is American whichever Bush is meant. Empty when none is known or they differ.
     */
    Optional<String> sharedCountry(String name, EntityType type);

    /** Who held this role in this country on {@code date}, e.g. RUS President on 2024-05-16. */
    Optional<KnownActor> holder(String country, Role role, LocalDate date);

    /**
     * The class of what the knowledge base calls by exactly this name: an organisation, a person,
     * a country (LOCATION). With {@code oneWord}, only names it matches in their exact case
     * (acronyms such as "WHO") count, since one capitalised word alone is too often something else.
     */
    Optional<EntityType> knownName(String phrase, boolean oneWord);

    /** The country a code, name or alias names, for turning "of Russia" into RUS; and back to its name. */
    Optional<String> countryName(String alpha3);

    /**
     * A role as the role lexicon normalises it.
     *
     * @param name   normalised role ("President", "Foreign Minister")
     * @param sector PLOVER/CAMEO sector code, or null
     * @param office which office kind it is (head_of_state, head_of_government, foreign_minister, …), or null
     */
    record Role(String name, String sector, String office) {
    }

    /**
     * An actor from the knowledge base.
     *
     * @param id      its knowledge-base id
     * @param name    its canonical name
     * @param type    person or organisation
     * @param country ISO alpha-3, or null for international bodies
     * @param sector  sector code, or null
     * @param roles   the roles it held on the date asked about, e.g. "President of Russia"
     */
    record KnownActor(String id, String name, EntityType type, String country, String sector,
                      java.util.List<String> roles) {
        public KnownActor {
            roles = java.util.List.copyOf(roles);
        }
    }
}
