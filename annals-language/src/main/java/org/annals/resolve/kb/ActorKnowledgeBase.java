package org.annals.resolve.kb;

import org.annals.model.EntityType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The actors Annals knows by name: countries (with demonyms and metonyms), organisations, office holders with
 * their terms, and a lexicon of titles. Built from the bundled data files plus any a user adds; immutable and
 * thread-safe once built. Lookups fold case, diacritics and spacing and ignore a leading "the" and a possessive.
 */
public final class ActorKnowledgeBase {
    private static final List<String> BUNDLED = List.of("countries.tsv", "organizations.tsv", "people.tsv",
            "roles.tsv");
    /** Titles are short; longer phrases are searched for a title in their first words only. */
    private static final int MAX_TITLE_WORDS = 40;
    /** Countries whose English short name is written with "the" after "of". */
    private static final Set<String> TAKES_THE = Set.of("USA", "GBR", "ARE", "NLD", "PHL", "BHS", "GMB", "MDV",
            "MHL", "SLB", "COM", "SYC", "CAF", "DOM", "COG", "COD", "VAT");

    private final List<Country> countries;
    private final List<Actor> actors;
    private final Map<String, Country> countriesByCode;
    private final Map<String, List<Country>> countryNames;
    private final Map<String, List<Country>> demonyms;
    private final Map<String, List<Country>> metonyms;
    private final Map<String, Actor> actorsById;
    private final Map<String, List<Actor>> actorNames;
    private final Map<String, RoleEntry> roles;
    private final int longestRole;
    private final Map<String, List<Holding>> holdings;
    private final List<NameEntry> names;

    private record Holding(Actor actor, Term term) {
    }

    /** The bundled instance, built once on first use. */
    private static final class Bundled {
        static final ActorKnowledgeBase INSTANCE = build();

        private static ActorKnowledgeBase build() {
            try {
                return load(List.of());
            } catch (KnowledgeBaseException e) {
                throw new IllegalStateException("the bundled knowledge base is broken:\n" + e.getMessage(), e);
            }
        }
    }

    ActorKnowledgeBase(Map<String, Country> countries, Map<String, Actor> actors, List<RoleEntry> roleEntries) {
        Map<String, Country> byCode = new HashMap<>();
        Map<String, List<Country>> names = new HashMap<>();
        Map<String, List<Country>> dems = new HashMap<>();
        Map<String, List<Country>> mets = new HashMap<>();
        List<NameEntry> entries = new ArrayList<>();
        for (Country c : countries.values()) {
            byCode.put(c.alpha3(), c);
            byCode.put(c.alpha2(), c);
            for (String name : concat(List.of(c.name()), c.aliases())) {
                index(names, name, c);
                entries.add(entry(name, NameKind.COUNTRY, c.alpha3()));
            }
            for (String demonym : c.demonyms()) {
                index(dems, demonym, c);
                entries.add(entry(demonym, NameKind.DEMONYM, c.alpha3()));
            }
            for (String metonym : c.metonyms()) {
                index(mets, metonym, c);
                entries.add(entry(metonym, NameKind.METONYM, c.alpha3()));
            }
        }
        // A capital stands for its government too, unless the data name it as another country's metonym.
        for (Country c : countries.values()) {
            if (c.capital() != null && !mets.containsKey(Keys.of(c.capital()))) {
                index(mets, c.capital(), c);
                entries.add(entry(c.capital(), NameKind.METONYM, c.alpha3()));
            }
        }
        Map<String, List<Actor>> actorKeys = new HashMap<>();
        Map<String, List<Holding>> held = new HashMap<>();
        for (Actor a : actors.values()) {
            NameKind kind = a.type() == EntityType.PERSON ? NameKind.PERSON : NameKind.ORGANIZATION;
            for (String name : concat(List.of(a.name()), a.aliases())) {
                index(actorKeys, name, a);
                entries.add(entry(name, kind, a.id()));
            }
            for (Term t : a.terms()) {
                // A party's leader is also found under the country the party rules ("CHN", party_leader).
                for (String holderOf : t.organization() != null && t.officeKind() == OfficeKind.PARTY_LEADER
                        && t.country() != null ? List.of(t.organization(), t.country()) : List.of(t.holderOf())) {
                    held.computeIfAbsent(holderOf.toUpperCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(new Holding(a, t));
                }
            }
        }
        Map<String, RoleEntry> roleKeys = new HashMap<>();
        int longest = 0;
        for (RoleEntry r : roleEntries) {
            String key = Keys.of(r.phrase());
            roleKeys.put(key, r);
            longest = Math.max(longest, key.split(" ").length);
            entries.add(entry(r.phrase(), NameKind.ROLE, r.role()));
        }
        this.countries = List.copyOf(countries.values());
        this.actors = List.copyOf(actors.values());
        this.countriesByCode = Map.copyOf(byCode);
        this.countryNames = freeze(names);
        this.demonyms = freeze(dems);
        this.metonyms = freeze(mets);
        this.actorsById = Map.copyOf(actors);
        this.actorNames = freeze(actorKeys);
        this.roles = Map.copyOf(roleKeys);
        this.longestRole = longest;
        this.holdings = freeze(held);
        this.names = List.copyOf(entries);
    }

    /** The knowledge base shipped with Annals. */
    public static ActorKnowledgeBase bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * The bundled data extended by {@code userFiles}: TSV files in the bundled formats, each told apart by its
     * header line. Rows for an existing code or id extend that entry; see the package README.
     *
     * @throws KnowledgeBaseException listing every problem as {@code file:line: problem}
     */
    public static ActorKnowledgeBase load(List<Path> userFiles) throws KnowledgeBaseException {
        List<String> problems = new ArrayList<>();
        List<KbFile> files = new ArrayList<>();
        for (String resource : BUNDLED) {
            KbFile file = KbFile.resource(resource, problems);
            if (file != null) {
                files.add(file);
            }
        }
        for (Path path : userFiles) {
            KbFile file = KbFile.read(path, problems);
            if (file != null) {
                files.add(file);
            }
        }
        return KbBuilder.build(files, problems);
    }

    /** Every country, in the order of the data files. */
    public List<Country> countries() {
        return countries;
    }

    /** Every organisation and person, in the order of the data files. */
    public List<Actor> actors() {
        return actors;
    }

    /** The country with this alpha-3 or alpha-2 code, name or alias ("RUS", "Russia", "Russian Federation"). */
    public Optional<Country> country(String nameCodeOrAlias) {
        if (nameCodeOrAlias == null) {
            return Optional.empty();
        }
        String text = nameCodeOrAlias.strip();
        if (text.length() <= 3 && text.chars().allMatch(ch -> ch < 128 && Character.isLetter(ch))) {
            Country byCode = countriesByCode.get(text.toUpperCase(Locale.ROOT));
            if (byCode != null) {
                return Optional.of(byCode);
            }
        }
        return unique(countryNames.get(Keys.of(text)));
    }

    /** The country of this name or alias, not of a code. */
    public Optional<Country> countryNamed(String name) {
        return name == null ? Optional.empty() : unique(countryNames.get(Keys.of(name.strip())));
    }

    /** The country whose people {@code adjective} names ("Russian", "Russians" → Russia); empty when shared. */
    public Optional<Country> countryOfDemonym(String adjective) {
        String key = Keys.of(adjective);
        List<Country> found = demonyms.get(key);
        if (found == null && key.endsWith("s")) {
            found = demonyms.get(key.substring(0, key.length() - 1));
        }
        return unique(found);
    }

    /** The country whose government a place name stands for ("the Kremlin", "Beijing"); empty when shared. */
    public Optional<Country> countryOfMetonym(String place) {
        return unique(metonyms.get(Keys.of(place)));
    }

    /** The person or organisation with this id. */
    public Optional<Actor> actor(String id) {
        return Optional.ofNullable(actorsById.get(id));
    }

    /** The people and organisations with this name or listed alias; several when a name is shared. */
    public List<Actor> actorsNamed(String name) {
        return actorNames.getOrDefault(Keys.of(name), List.of());
    }

    /**
     * Who held an office on a date.
     *
     * @param countryOrOrganization alpha-3 code of a country, or id of an organisation ("UN", "NATO")
     * @param date                  the day; null for the holder at the data's latest knowledge
     * @return the holder; on a day of handover, the incoming one
     */
    public Optional<Actor> holder(String countryOrOrganization, OfficeKind kind, LocalDate date) {
        if (countryOrOrganization == null) {
            return Optional.empty();
        }
        return holdings.getOrDefault(countryOrOrganization.toUpperCase(Locale.ROOT), List.of()).stream()
                .filter(h -> h.term().officeKind() == kind)
                .filter(h -> date == null ? h.term().to() == null : h.term().covers(date))
                .max(Comparator.comparing((Holding h) -> h.term().from()))
                .map(Holding::actor);
    }

    /** The terms {@code actor} held on {@code date}; with a null date, its running terms, else its last one. */
    public List<Term> terms(Actor actor, LocalDate date) {
        if (date != null) {
            return actor.termsOn(date);
        }
        List<Term> running = actor.terms().stream().filter(t -> t.to() == null).toList();
        if (!running.isEmpty() || actor.terms().isEmpty()) {
            return running;
        }
        return List.of(actor.terms().stream().max(Comparator.comparing(Term::to)).orElseThrow());
    }

    /**
     * A readable title for a term, as an article's entity lists roles: "President of Russia", "Foreign Minister of
     * the United Kingdom", "Secretary-General of the United Nations"; an organisation's role that names its body
     * already ("President of the European Commission") is kept as is.
     */
    public String title(Term term) {
        if (term.organization() != null) {
            if (term.role().contains(" of ")) {
                return term.role();
            }
            return actor(term.organization()).map(org -> term.role() + " of the " + org.name()).orElse(term.role());
        }
        Country country = countriesByCode.get(term.country());
        if (country == null) {
            return term.role();
        }
        return term.role() + " of " + (TAKES_THE.contains(country.alpha3()) ? "the " : "") + country.name();
    }

    /**
     * The lexicon entry for a title: the whole phrase when it is one ("Minister of Foreign Affairs"), else the
     * longest title within it, leftmost on a tie ("former Foreign Minister" → Foreign Minister). A plural first or
     * last word is tried in the singular when the phrase as written has no title ("heads of state").
     */
    public Optional<RoleEntry> role(String titlePhrase) {
        for (List<String> words : titleVariants(titlePhrase)) {
            RoleEntry whole = roles.get(String.join(" ", words));
            if (whole != null) {
                return Optional.of(whole);
            }
            for (int len = Math.min(words.size(), longestRole); len > 0; len--) {
                for (int start = 0; start + len <= words.size(); start++) {
                    RoleEntry found = roles.get(String.join(" ", words.subList(start, start + len)));
                    if (found != null) {
                        return Optional.of(found);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The words of a title as written, then with a plural first word, then a plural last word, in the singular. */
    private static List<List<String>> titleVariants(String titlePhrase) {
        String key = Keys.of(titlePhrase);
        if (key.isEmpty()) {
            return List.of();
        }
        List<String> words = List.of(key.split(" "));
        if (words.size() > MAX_TITLE_WORDS) {
            words = words.subList(0, MAX_TITLE_WORDS);
        }
        return List.of(words, singular(words, 0), singular(words, words.size() - 1));
    }

    private static List<String> singular(List<String> words, int index) {
        String word = words.get(index);
        if (word.length() < 4 || !word.endsWith("s") || word.endsWith("ss")) {
            return words;
        }
        List<String> singular = new ArrayList<>(words);
        singular.set(index, word.substring(0, word.length() - 1));
        return singular;
    }

    /** Every name and alias with what it stands for, for a dictionary matcher (codes are left out). */
    public List<NameEntry> names() {
        return names;
    }

    /**
     * What a phrase is: a country's name, a person's or organisation's name, a metonym, a demonym or a title, in
     * that order of preference; empty when it is none of them or its meaning is shared between countries.
     */
    public Optional<Meaning> lookupPhrase(String phrase) {
        String key = Keys.of(phrase);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Optional<Country> named = unique(countryNames.get(key));
        if (named.isPresent()) {
            return Optional.of(new Meaning.CountryName(named.get()));
        }
        List<Actor> byName = actorNames.get(key);
        if (byName != null) {
            return Optional.of(new Meaning.ActorName(byName));
        }
        Optional<Country> metonym = countryOfMetonym(phrase);
        if (metonym.isPresent()) {
            return Optional.of(new Meaning.Metonym(metonym.get()));
        }
        Optional<Country> demonym = countryOfDemonym(phrase);
        if (demonym.isPresent()) {
            return Optional.of(new Meaning.Demonym(demonym.get()));
        }
        for (List<String> words : titleVariants(phrase)) {
            RoleEntry role = roles.get(String.join(" ", words));
            if (role != null) {
                return Optional.of(new Meaning.RoleTitle(role));
            }
        }
        return Optional.empty();
    }

    private static <T> Optional<T> unique(List<T> found) {
        return found != null && found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static <T> void index(Map<String, List<T>> map, String name, T value) {
        String key = Keys.of(name);
        if (key.isEmpty()) {
            return;
        }
        List<T> list = map.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(value)) {
            list.add(value);
        }
    }

    private static <T> Map<String, List<T>> freeze(Map<String, List<T>> map) {
        Map<String, List<T>> frozen = new HashMap<>();
        map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Map.copyOf(frozen);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static NameEntry entry(String name, NameKind kind, String target) {
        boolean hasLetter = name.chars().anyMatch(Character::isLetter);
        return new NameEntry(name, kind, target, hasLetter && name.chars().noneMatch(Character::isLowerCase));
    }
}
