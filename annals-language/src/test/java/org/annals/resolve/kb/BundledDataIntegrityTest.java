package org.annals.resolve.kb;

import org.annals.model.EntityType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks the bundled data files as a whole: codes, references, dates and that every listed name resolves. */
class BundledDataIntegrityTest {
    private static final ActorKnowledgeBase KB = ActorKnowledgeBase.bundled();

    @Test
    void everyCountryHasValidUniqueCodesAndAName() {
        List<Country> countries = KB.countries();
        assertThat(countries).hasSizeGreaterThanOrEqualTo(199);
        Set<String> alpha2 = new HashSet<>();
        for (Country c : countries) {
            assertThat(c.alpha3()).matches("[A-Z]{3}");
            assertThat(c.alpha2()).matches("[A-Z]{2}");
            assertThat(c.name()).isNotBlank();
            assertThat(alpha2.add(c.alpha2())).as("alpha2 %s unique", c.alpha2()).isTrue();
            assertThat(KB.country(c.name()).map(Country::alpha3)).as(c.name()).contains(c.alpha3());
        }
        assertThat(countries).extracting(Country::alpha3).contains("XKX", "PSE", "TWN", "HKG", "MAC", "VAT");
    }

    @Test
    void everyDemonymAndMetonymResolvesToItsCountryUnlessShared() {
        for (Country c : KB.countries()) {
            for (String demonym : c.demonyms()) {
                long owners = KB.countries().stream().filter(o -> o.demonyms().stream()
                        .anyMatch(d -> Keys.of(d).equals(Keys.of(demonym)))).count();
                assertThat(KB.countryOfDemonym(demonym).map(Country::alpha3)).as(demonym)
                        .isEqualTo(owners == 1 ? Optional.of(c.alpha3()) : Optional.empty());
            }
            for (String metonym : c.metonyms()) {
                assertThat(KB.countryOfMetonym(metonym).map(Country::alpha3)).as(metonym).contains(c.alpha3());
            }
        }
    }

    @Test
    void everyMetonymAndDemonymMeansItsOwnCountryToLookupPhrase() {
        for (Country c : KB.countries()) {
            for (String phrase : c.metonyms()) {
                assertThat(KB.lookupPhrase(phrase)).as(phrase).hasValueSatisfying(m -> assertThat(m).isIn(
                        new Meaning.Metonym(c), new Meaning.CountryName(c)));
            }
            for (String phrase : c.demonyms()) {
                if (KB.countryOfDemonym(phrase).isPresent()) {
                    assertThat(KB.lookupPhrase(phrase)).as(phrase).hasValueSatisfying(m -> assertThat(m).isIn(
                            new Meaning.Demonym(c), new Meaning.CountryName(c)));
                }
            }
        }
    }

    @Test
    void eachBundledFileNamesEachKeyOnce() {
        for (String resource : List.of("countries.tsv", "organizations.tsv", "roles.tsv")) {
            List<String> problems = new ArrayList<>();
            KbFile file = KbFile.resource(resource, problems);
            assertThat(problems).isEmpty();
            Set<String> keys = new HashSet<>();
            for (KbFile.Row row : file.rows()) {
                String key = Keys.of(row.get(file.kind().columns.get(0)));
                assertThat(keys.add(key)).as(row.problem("repeats " + key)).isTrue();
            }
        }
    }

    @Test
    void everyPersonHasAKnownCountryTermsInOrderAndValidDates() {
        List<Actor> people = KB.actors().stream().filter(a -> a.type() == EntityType.PERSON).toList();
        assertThat(people).hasSizeGreaterThan(300);
        for (Actor person : people) {
            assertThat(person.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(KB.country(person.country())).as(person.id()).isPresent();
            assertThat(person.terms()).as(person.id()).isNotEmpty();
            for (Term t : person.terms()) {
                boolean known = t.country() == null ? KB.actor(t.organization()).isPresent()
                        : KB.country(t.country()).isPresent();
                assertThat(known).as(person.id()).isTrue();
                if (t.to() != null) {
                    assertThat(t.from().first()).as(person.id()).isBeforeOrEqualTo(t.to().last());
                }
                assertThat(t.from().year()).as(person.id()).isBetween(1900, 2030);
            }
        }
    }

    @Test
    void termsOfOneOfficeDoNotOverlapBeyondTheHandoverDay() {
        Map<String, List<Term>> offices = new TreeMap<>();
        for (Actor a : KB.actors()) {
            for (Term t : a.terms()) {
                offices.computeIfAbsent(t.holderOf() + " " + t.officeKind(), k -> new ArrayList<>()).add(t);
            }
        }
        offices.forEach((office, terms) -> {
            terms.sort(Comparator.comparing(Term::from));
            for (int i = 1; i < terms.size(); i++) {
                Term before = terms.get(i - 1);
                Term after = terms.get(i);
                assertThat(before.to()).as("%s: %s before %s", office, before, after).isNotNull();
                assertThat(before.to().first()).as("%s: %s before %s", office, before, after)
                        .isBeforeOrEqualTo(after.from().last());
            }
        });
    }

    @Test
    void everyOfficeHolderRoleIsInTheLexicon() {
        for (Actor a : KB.actors()) {
            for (Term t : a.terms()) {
                assertThat(KB.role(t.role())).as(t.role()).isPresent();
            }
        }
    }

    @Test
    void everyListedNameFindsWhatItNames() {
        for (NameEntry entry : KB.names()) {
            switch (entry.kind()) {
                case PERSON, ORGANIZATION -> assertThat(KB.actorsNamed(entry.name())).extracting(Actor::id)
                        .as(entry.name()).contains(entry.target());
                case ROLE -> assertThat(KB.role(entry.name())).as(entry.name()).isPresent();
                default -> assertThat(KB.country(entry.target())).as(entry.name()).isPresent();
            }
        }
    }
}
