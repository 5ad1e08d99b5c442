package org.annals.resolve;

import org.annals.model.EntityType;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A few facts in the shape of the knowledge base, so the resolver's rules are tested apart from its data. */
final class SmallKnowledge implements ActorKnowledge {
    private static final Map<String, String> ADJECTIVES = Map.of("russian", "RUS", "chinese", "CHN", "french", "FRA");
    private static final Map<String, String> PLACES = Map.of("russia", "RUS", "china", "CHN", "beijing", "CHN",
            "moscow", "RUS", "france", "FRA", "paris", "FRA", "kremlin", "RUS");
    private static final Map<String, String> NAMES = Map.of("RUS", "Russia", "CHN", "China", "FRA", "France");
    private static final Map<String, Role> ROLES = Map.of(
            "president", new Role("President", "GOV", "head_of_state"),
            "foreign minister", new Role("Foreign Minister", "GOV", "foreign_minister"),
            "minister", new Role("Minister", "GOV", null),
            "general secretary", new Role("General Secretary", "PTY", "party_leader"),
            "premier", new Role("Premier", "GOV", "head_of_government"));

    @Override
    public Optional<String> countryOfAdjective(String adjective) {
        return Optional.ofNullable(ADJECTIVES.get(adjective.toLowerCase(Locale.ROOT)));
    }

    @Override
    public Optional<String> countryOfPlace(String name) {
        return Optional.ofNullable(PLACES.get(NameForms.key(name)));
    }

    @Override
    public Optional<Role> role(String title) {
        return Optional.ofNullable(ROLES.get(title.toLowerCase(Locale.ROOT)));
    }

    @Override
    public Optional<KnownActor> actor(String name, EntityType type, LocalDate date) {
        if (type == EntityType.PERSON && List.of("vladimir putin", "putin").contains(NameForms.key(name))) {
            return Optional.of(new KnownActor("putin-vladimir", "Vladimir Putin", EntityType.PERSON, "RUS", "GOV",
                    List.of("President of Russia")));
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> sharedCountry(String name, EntityType type) {
        return actor(name, type, null).map(KnownActor::country);
    }

    @Override
    public Optional<EntityType> knownName(String phrase, boolean oneWord) {
        return phrase.equals("WTO") ? Optional.of(EntityType.ORGANIZATION) : Optional.empty();
    }

    @Override
    public Optional<KnownActor> holder(String country, Role role, LocalDate date) {
        return Optional.empty();
    }

    @Override
    public Optional<String> countryName(String alpha3) {
        return Optional.ofNullable(NAMES.get(alpha3));
    }
}
