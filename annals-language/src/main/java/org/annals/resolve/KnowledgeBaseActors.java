package org.annals.resolve;

import org.annals.model.EntityType;
import org.annals.resolve.kb.Actor;
import org.annals.resolve.kb.ActorKnowledgeBase;
import org.annals.resolve.kb.Country;
import org.annals.resolve.kb.Meaning;
import org.annals.resolve.kb.NameEntry;
import org.annals.resolve.kb.NameKind;
import org.annals.resolve.kb.OfficeKind;
import org.annals.resolve.kb.Term;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/** The resolver's questions answered from the actor knowledge base. */
public final class KnowledgeBaseActors implements ActorKnowledge {
    private final ActorKnowledgeBase kb;
    private final Map<String, List<NameEntry>> names = new HashMap<>();

    public KnowledgeBaseActors(ActorKnowledgeBase kb) {
        this.kb = kb;
        for (NameEntry e : kb.names()) {
            if (e.kind() == NameKind.ORGANIZATION || e.kind() == NameKind.PERSON || e.kind() == NameKind.COUNTRY) {
                names.computeIfAbsent(NameForms.key(e.name()), k -> new ArrayList<>()).add(e);
            }
        }
    }

    @Override
    public Optional<EntityType> knownName(String phrase, boolean oneWord) {
        List<NameEntry> found = names.getOrDefault(NameForms.key(phrase), List.of()).stream()
                .filter(e -> e.exactCase() ? e.name().equals(phrase) : !oneWord)
                .toList();
        if (found.isEmpty() || found.stream().map(NameEntry::kind).distinct().count() > 1) {
            return Optional.empty();
        }
        return switch (found.get(0).kind()) {
            case PERSON -> Optional.of(EntityType.PERSON);
            case COUNTRY -> Optional.of(EntityType.LOCATION);
            default -> kb.actor(found.get(0).target()).map(Actor::type);
        };
    }

    @Override
    public Optional<String> countryOfAdjective(String adjective) {
        return kb.countryOfDemonym(adjective).map(Country::alpha3);
    }

    @Override
    public Optional<String> countryOfPlace(String name) {
        // Two-letter codes are not names in running text: "La Prensa" is no Laos, "IN" no India.
        Optional<Country> country = name.strip().length() <= 2 ? kb.countryNamed(name) : kb.country(name);
        if (country.isEmpty()) {
            country = kb.countryOfMetonym(name);
        }
        return country.map(Country::alpha3);
    }

    /** Only a whole title counts: the resolver itself tries the shorter phrases. */
    @Override
    public Optional<Role> role(String title) {
        return kb.lookupPhrase(title)
                .filter(m -> m instanceof Meaning.RoleTitle)
                .map(m -> ((Meaning.RoleTitle) m).role())
                .map(r -> new Role(r.role(), r.sector(), r.officeKind() == null ? null : r.officeKind().code()));
    }

    @Override
    public Optional<KnownActor> actor(String name, EntityType type, LocalDate date) {
        List<Actor> named = kb.actorsNamed(name).stream().filter(a -> a.type() == type).toList();
        Actor chosen = null;
        if (named.size() == 1) {
            chosen = named.get(0);
        } else if (named.size() > 1 && date != null) {
            List<Actor> serving = named.stream().filter(a -> !a.termsOn(date).isEmpty()).toList();
            chosen = serving.size() == 1 ? serving.get(0) : null;
        }
        return Optional.ofNullable(chosen).map(a -> known(a, date));
    }

    @Override
    public Optional<String> sharedCountry(String name, EntityType type) {
        List<String> countries = kb.actorsNamed(name).stream().filter(a -> a.type() == type)
                .map(Actor::country).distinct().toList();
        return countries.size() == 1 ? Optional.ofNullable(countries.get(0)) : Optional.empty();
    }

    @Override
    public Optional<KnownActor> holder(String country, Role role, LocalDate date) {
        if (role.office() == null) {
            return Optional.empty();
        }
        return OfficeKind.ofCode(role.office()).flatMap(kind -> kb.holder(country, kind, date)).map(a -> known(a, date));
    }

    @Override
    public Optional<String> countryName(String alpha3) {
        return kb.country(alpha3).map(Country::name);
    }

    private KnownActor known(Actor actor, LocalDate date) {
        List<String> roles = new ArrayList<>();
        for (Term t : kb.terms(actor, date)) {
            roles.add(kb.title(t));
        }
        return new KnownActor(actor.id(), actor.name(), actor.type(), actor.country(), actor.sector(), roles);
    }
}
