package org.annals.resolve.kb;

import org.annals.model.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Merges data files into countries, actors and roles. A row whose key (alpha-3 code, id, phrase) is already known
 * extends that entry: lists are merged and non-blank cells replace; a person's term with the same office, country
 * or organisation and start replaces the earlier one. Used once per load; not shared.
 */
final class KbBuilder {
    /** PLOVER/CAMEO actor sector codes accepted in the data. */
    static final Set<String> SECTORS = Set.of("GOV", "MIL", "PTY", "LEG", "JUD", "COP", "SPY", "DIP", "REB", "OPP",
            "INS", "SEP", "BUS", "MNC", "MED", "EDU", "HLH", "REL", "CVL", "NGO", "IGO", "LAB", "AGR", "REF", "ELI",
            "CRM", "UAF", "ENV", "DEV", "HRI");
    private static final int MAX_PROBLEMS = 50;
    private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final List<String> problems = new ArrayList<>();
    private final Map<String, CountryDraft> countries = new LinkedHashMap<>();
    private final Map<String, ActorDraft> actors = new LinkedHashMap<>();
    private final Map<String, RoleEntry> roles = new LinkedHashMap<>();

    private static final class CountryDraft {
        String alpha2 = "";
        String name = "";
        String capital = "";
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> demonyms = new LinkedHashSet<>();
        final Set<String> metonyms = new LinkedHashSet<>();
    }

    private static final class ActorDraft {
        final boolean person;
        String name = "";
        EntityType type;
        String country = "";
        String sector = "";
        PartialDate latest;
        final Set<String> aliases = new LinkedHashSet<>();
        final Map<List<Object>, Term> terms = new LinkedHashMap<>();

        ActorDraft(boolean person) {
            this.person = person;
            this.type = person ? EntityType.PERSON : EntityType.ORGANIZATION;
        }
    }

    /** Builds the knowledge base from {@code files} in order, or reports every problem found. */
    static ActorKnowledgeBase build(List<KbFile> files, List<String> earlierProblems) throws KnowledgeBaseException {
        KbBuilder b = new KbBuilder();
        b.problems.addAll(earlierProblems);
        // Countries first, then organisations, which people's terms refer to.
        for (KbFile.Kind kind : List.of(KbFile.Kind.COUNTRIES, KbFile.Kind.ORGANIZATIONS, KbFile.Kind.PEOPLE,
                KbFile.Kind.ROLES)) {
            for (KbFile file : files) {
                if (file.kind() != kind) {
                    continue;
                }
                for (KbFile.Row row : file.rows()) {
                    if (b.problems.size() >= MAX_PROBLEMS) {
                        b.problems.add("stopped after " + MAX_PROBLEMS + " problems");
                        throw new KnowledgeBaseException(b.problems);
                    }
                    switch (kind) {
                        case COUNTRIES -> b.country(row);
                        case ORGANIZATIONS -> b.organization(row);
                        case PEOPLE -> b.person(row);
                        case ROLES -> b.role(row);
                    }
                }
            }
            if (kind == KbFile.Kind.COUNTRIES) {
                b.checkAlpha2(files);
            }
        }
        if (!b.problems.isEmpty()) {
            throw new KnowledgeBaseException(b.problems);
        }
        return new ActorKnowledgeBase(b.freezeCountries(), b.freezeActors(), List.copyOf(b.roles.values()));
    }

    private void country(KbFile.Row row) {
        String alpha3 = row.get("alpha3");
        if (!ALPHA3.matcher(alpha3).matches()) {
            problems.add(row.problem("alpha3 '" + alpha3 + "' is not three capital letters"));
            return;
        }
        String alpha2 = row.get("alpha2");
        if (!alpha2.isEmpty() && !ALPHA2.matcher(alpha2).matches()) {
            problems.add(row.problem("alpha2 '" + alpha2 + "' is not two capital letters"));
            return;
        }
        CountryDraft d = countries.get(alpha3);
        if (d == null && (alpha2.isEmpty() || row.get("name").isEmpty())) {
            problems.add(row.problem("a new country " + alpha3 + " needs alpha2 and name"));
            return;
        }
        if (d == null) {
            d = new CountryDraft();
            countries.put(alpha3, d);
        }
        d.alpha2 = alpha2.isEmpty() ? d.alpha2 : alpha2;
        d.name = row.get("name").isEmpty() ? d.name : row.get("name");
        d.capital = row.get("capital").isEmpty() ? d.capital : row.get("capital");
        d.aliases.addAll(row.list("aliases"));
        d.demonyms.addAll(row.list("demonyms"));
        d.metonyms.addAll(row.list("metonyms"));
    }

    private void checkAlpha2(List<KbFile> files) {
        Map<String, String> owner = new HashMap<>();
        for (Map.Entry<String, CountryDraft> e : countries.entrySet()) {
            String earlier = owner.putIfAbsent(e.getValue().alpha2, e.getKey());
            if (earlier != null) {
                String where = files.stream().filter(f -> f.kind() == KbFile.Kind.COUNTRIES)
                        .flatMap(f -> f.rows().stream()).filter(r -> r.get("alpha3").equals(e.getKey()))
                        .reduce((first, second) -> second).map(r -> r.file() + ":" + r.line()).orElse("?");
                problems.add(where + ": alpha2 " + e.getValue().alpha2 + " is already the code of " + earlier);
            }
        }
    }

    private void organization(KbFile.Row row) {
        String id = row.get("id");
        if (!ID.matcher(id).matches()) {
            problems.add(row.problem("id '" + id + "' must be letters, digits, '.', '_' or '-'"));
            return;
        }
        ActorDraft d = actors.get(id);
        if (d != null && d.person) {
            problems.add(row.problem("id " + id + " already names a person"));
            return;
        }
        String country = row.get("country");
        if (!country.isEmpty() && !countries.containsKey(country)) {
            problems.add(row.problem("unknown country '" + country + "' (an alpha-3 code of countries.tsv)"));
            return;
        }
        String sector = row.get("sector");
        if (!sector.isEmpty() && !SECTORS.contains(sector)) {
            problems.add(row.problem("unknown sector '" + sector + "'; known: " + String.join(" ", sorted(SECTORS))));
            return;
        }
        EntityType type = null;
        if (!row.get("type").isEmpty()) {
            type = entityType(row.get("type")).orElse(null);
            if (type == null) {
                problems.add(row.problem("unknown type '" + row.get("type") + "'; one of ORGANIZATION, MISC, LOCATION"));
                return;
            }
        }
        if (d == null && (row.get("name").isEmpty() || sector.isEmpty())) {
            problems.add(row.problem("a new organisation " + id + " needs name and sector"));
            return;
        }
        if (d == null) {
            d = new ActorDraft(false);
            actors.put(id, d);
        }
        d.name = row.get("name").isEmpty() ? d.name : row.get("name");
        d.type = type == null ? d.type : type;
        d.country = country.isEmpty() ? d.country : country;
        d.sector = sector.isEmpty() ? d.sector : sector;
        d.aliases.addAll(row.list("aliases"));
    }

    private void person(KbFile.Row row) {
        String id = row.get("id");
        if (!ID.matcher(id).matches()) {
            problems.add(row.problem("id '" + id + "' must be letters, digits, '.', '_' or '-'"));
            return;
        }
        ActorDraft d = actors.get(id);
        if (d != null && !d.person) {
            problems.add(row.problem("id " + id + " already names an organisation"));
            return;
        }
        if (d == null && row.get("name").isEmpty()) {
            problems.add(row.problem("a new person " + id + " needs a name"));
            return;
        }
        String country = row.get("country");
        if (!countries.containsKey(country)) {
            problems.add(row.problem("unknown country '" + country + "' (an alpha-3 code of countries.tsv)"));
            return;
        }
        String sector = row.get("sector");
        if (!SECTORS.contains(sector)) {
            problems.add(row.problem("unknown sector '" + sector + "'; known: " + String.join(" ", sorted(SECTORS))));
            return;
        }
        String organization = row.get("organization");
        if (!organization.isEmpty() && (!actors.containsKey(organization) || actors.get(organization).person)) {
            problems.add(row.problem("unknown organization '" + organization + "' (an id of organizations.tsv)"));
            return;
        }
        List<OfficeKind> kinds = new ArrayList<>();
        for (String code : row.list("office")) {
            Optional<OfficeKind> kind = OfficeKind.ofCode(code);
            if (kind.isEmpty()) {
                problems.add(row.problem("unknown office '" + code + "'; one of " + officeCodes()));
                return;
            }
            kinds.add(kind.get());
        }
        if (kinds.isEmpty() || row.get("role").isEmpty()) {
            problems.add(row.problem("a term needs a role and an office"));
            return;
        }
        Optional<PartialDate> from = PartialDate.parse(row.get("from"));
        Optional<PartialDate> to = row.get("to").isEmpty() ? Optional.empty() : PartialDate.parse(row.get("to"));
        if (from.isEmpty() || (!row.get("to").isEmpty() && to.isEmpty())) {
            problems.add(row.problem("dates must be YYYY, YYYY-MM or YYYY-MM-DD (from '" + row.get("from")
                    + "', to '" + row.get("to") + "')"));
            return;
        }
        if (to.isPresent() && from.get().first().isAfter(to.get().last())) {
            problems.add(row.problem("the term ends (" + to.get() + ") before it begins (" + from.get() + ")"));
            return;
        }
        if (d == null) {
            d = new ActorDraft(true);
            actors.put(id, d);
        }
        d.name = row.get("name").isEmpty() ? d.name : row.get("name");
        d.aliases.addAll(row.list("aliases"));
        if (d.latest == null || from.get().compareTo(d.latest) >= 0) {
            d.latest = from.get();
            d.country = country;
            d.sector = sector;
        }
        String org = organization.isEmpty() ? null : organization;
        for (OfficeKind kind : kinds) {
            // A ruling party's leader keeps the country: the office is the party's, the power the country's.
            Term term = new Term(row.get("role"), kind, org == null || kind == OfficeKind.PARTY_LEADER ? country : null,
                    org, sector, from.get(),
                    to.orElse(null));
            d.terms.put(List.of(kind, term.holderOf(), from.get()), term);
        }
    }

    private void role(KbFile.Row row) {
        String phrase = row.get("phrase");
        String sector = row.get("sector");
        if (phrase.isEmpty() || row.get("role").isEmpty() || Keys.of(phrase).isEmpty()) {
            problems.add(row.problem("a role needs a phrase and a role"));
            return;
        }
        if (!SECTORS.contains(sector)) {
            problems.add(row.problem("unknown sector '" + sector + "'; known: " + String.join(" ", sorted(SECTORS))));
            return;
        }
        OfficeKind kind = null;
        if (!row.get("office").isEmpty()) {
            kind = OfficeKind.ofCode(row.get("office")).orElse(null);
            if (kind == null) {
                problems.add(row.problem("unknown office '" + row.get("office") + "'; one of " + officeCodes()));
                return;
            }
        }
        roles.put(Keys.of(phrase), new RoleEntry(phrase, row.get("role"), sector, kind));
    }

    private Map<String, Country> freezeCountries() {
        Map<String, Country> frozen = new LinkedHashMap<>();
        countries.forEach((alpha3, d) -> frozen.put(alpha3, new Country(alpha3, d.alpha2, d.name,
                List.copyOf(d.aliases), List.copyOf(d.demonyms), d.capital.isEmpty() ? null : d.capital,
                List.copyOf(d.metonyms))));
        return frozen;
    }

    private Map<String, Actor> freezeActors() {
        Map<String, Actor> frozen = new LinkedHashMap<>();
        actors.forEach((id, d) -> {
            List<Term> terms = d.terms.values().stream()
                    .sorted(Comparator.comparing(Term::from).thenComparing(Term::officeKind)).toList();
            frozen.put(id, new Actor(id, d.name, d.type, List.copyOf(d.aliases),
                    d.country.isEmpty() ? null : d.country, d.sector, terms));
        });
        return frozen;
    }

    private static Optional<EntityType> entityType(String text) {
        for (EntityType type : EntityType.values()) {
            if (type != EntityType.PERSON && type.name().equalsIgnoreCase(text)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static String officeCodes() {
        List<String> codes = new ArrayList<>();
        for (OfficeKind kind : OfficeKind.values()) {
            codes.add(kind.code());
        }
        return String.join(", ", codes);
    }

    private static List<String> sorted(Set<String> set) {
        return set.stream().sorted().toList();
    }
}
