package org.annals.resolve;

import org.annals.annotate.AnnotatedText;
import org.annals.annotate.Sentence;
import org.annals.annotate.Token;
import org.annals.model.Entity;
import org.annals.model.EntityType;
import org.annals.model.Span;

import org.annals.resolve.place.Gazetteer;
import org.annals.resolve.place.GazetteerEntry;
import org.annals.resolve.place.PlaceContext;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the tagger's mentions into the entities of one article: mentions clustered by name, titles
 * and appositions read as roles, "the president" and subject pronouns linked back, and each entity
 * linked to the knowledge base for its canonical name, country and sector.
 */
public final class EntityResolver {
    private final ActorKnowledge knowledge;
    private final MentionClusterer clusterer;
    private final RoleReader roles;
    private final NominalMentions nominals;
    private final PronounLinker pronouns = new PronounLinker();
    private final RepeatedNames repeats = new RepeatedNames();
    private final OrganizationBoundaries boundaries = new OrganizationBoundaries();
    private final KnownNames knownNames;
    private final NamedThings namedThings = new NamedThings();
    private final Residence residence = new Residence();
    private final NationalGroups nationalGroups;
    private final Gazetteer gazetteer;

    /**
     * @param knowledge the actor knowledge base
     * @param gazetteer places, for the country of a town or region the knowledge base does not name
     */
    public EntityResolver(ActorKnowledge knowledge, Gazetteer gazetteer) {
        this.knowledge = knowledge;
        this.gazetteer = gazetteer;
        this.clusterer = new MentionClusterer(knowledge);
        this.roles = new RoleReader(knowledge);
        this.nominals = new NominalMentions(knowledge);
        this.knownNames = new KnownNames(knowledge);
        this.nationalGroups = new NationalGroups(knowledge);
    }

    /**
     * The entities of an annotated article, ids {@code e1, e2, …} in order of first mention.
     *
     * @param date the day the article speaks of (its dateline or publication date), for whose roles
     *             the knowledge base is asked; null when unknown
     */
    public List<Entity> resolve(AnnotatedText tagged, LocalDate date) {
        AnnotatedText text = nationalGroups.add(namedThings.add(knownNames.add(boundaries.mend(tagged))));
        MentionClusterer.Result result = clusterer.cluster(text);
        int[] sentenceOfToken = sentenceOfToken(text);
        roles.read(text, sentenceOfToken, result.byMention());
        List<Cluster> clusters = result.clusters();
        for (Cluster c : clusters) {
            link(c, date);
        }
        placeLocations(clusters);
        countriesOfOwners(text, clusters);
        residence.apply(text, clusters);
        countriesFromAffiliations(clusters, date);
        repeats.add(text, clusters);
        nominals.link(text, clusters);
        pronouns.link(text, sentenceOfToken, clusters);
        List<Cluster> ordered = new ArrayList<>(clusters);
        ordered.sort(Comparator.comparingInt(Cluster::firstMentionStart));
        List<Entity> out = new ArrayList<>(ordered.size());
        for (Cluster c : ordered) {
            out.add(new Entity("e" + (out.size() + 1), c.canonicalName, c.type(), c.country, c.sector,
                    withoutPrefixes(c.roles), new ArrayList<>(c.affiliations), new ArrayList<Span>(c.mentions), c.actor));
        }
        return out;
    }

    private void link(Cluster c, LocalDate date) {
        EntityType type = c.type();
        c.canonicalName = c.longestName();
        Optional<ActorKnowledge.KnownActor> known = Optional.empty();
        if (type != EntityType.ORGANIZATION) {
            // "African Union" tagged as a place, "Meta" as a person: the knowledge base knows better.
            Optional<ActorKnowledge.KnownActor> organization = knowledge.actor(c.canonicalName, EntityType.ORGANIZATION, date);
            if (organization.isPresent() && knowledge.countryOfPlace(c.canonicalName).isEmpty()) {
                c.organizationVotes += c.personVotes + c.locationVotes + c.miscVotes + 1;
                type = EntityType.ORGANIZATION;
            }
        }
        if (type != EntityType.PERSON && NameForms.words(c.canonicalName).size() > 1
                && knowledge.actor(c.canonicalName, EntityType.PERSON, date).isPresent()
                && knowledge.countryOfPlace(c.canonicalName).isEmpty()
                && knowledge.actor(c.canonicalName, EntityType.ORGANIZATION, date).isEmpty()) {
            // "Thabo Mbeki" tagged as a place: a full name the knowledge base knows as a person's.
            c.personVotes += c.organizationVotes + c.locationVotes + c.miscVotes + 1;
            type = EntityType.PERSON;
        }
        if (type == EntityType.ORGANIZATION && knowledge.knownName(c.canonicalName, false).orElse(null) == EntityType.LOCATION
                && knowledge.countryOfPlace(c.canonicalName).isPresent()) {
            // "Democratic People's Republic of Korea" tagged as an organisation is the country.
            c.locationVotes += c.personVotes + c.organizationVotes + c.miscVotes + 1;
            type = EntityType.LOCATION;
        }
        if (type == EntityType.PERSON) {
            // The fullest name decides: "Hu" alone may be Hu Jintao, "Hu Chenghuan … Hu" is not.
            known = knowledge.actor(c.canonicalName, type, date);
            List<String> words = NameForms.words(c.canonicalName);
            if (known.isEmpty() && date != null && words.size() > 1) {
                // "President Omar El Bashir": a spelling the knowledge base lacks, but a surname it knows for
                // someone in office on the day; the title or the first name must agree ("Hunter Biden" is not
                // the president).
                known = knowledge.actor(words.get(words.size() - 1), type, date)
                        .filter(a -> !a.roles().isEmpty() && (c.roleNames.isEmpty()
                                ? NameForms.words(a.name()).get(0).equalsIgnoreCase(words.get(0))
                                : a.roles().stream().anyMatch(r -> c.roleNames.stream()
                                        .anyMatch(n -> r.toLowerCase(Locale.ROOT).startsWith(n)))));
            }
            if (known.isEmpty() && c.country == null && !c.roleNames.isEmpty()) {
                // "President Bush" on a day neither Bush was in office: still an American president.
                c.country = knowledge.sharedCountry(words.get(words.size() - 1), type).orElse(null);
            }
        } else if (type == EntityType.ORGANIZATION) {
            for (int i = -1; known.isEmpty() && i < c.names.size(); i++) {
                known = knowledge.actor(i < 0 ? c.canonicalName : c.names.get(i), type, date);
            }
        }
        if (known.isPresent()) {
            ActorKnowledge.KnownActor actor = known.get();
            c.canonicalName = actor.name();
            c.actor = actor.id();
            if (c.country == null) {
                c.country = actor.country();
            }
            if (c.sector == null) {
                c.sector = actor.sector();
            }
            c.roles.addAll(actor.roles());
            return;
        }
        switch (type) {
            case LOCATION -> c.country = knowledge.countryOfPlace(c.canonicalName).orElse(null);
            case ORGANIZATION -> {
                if (c.country == null) {
                    c.country = countryInName(c.canonicalName);
                }
                if (c.sector == null) {
                    c.sector = OrganizationSectors.of(c.canonicalName);
                }
                if (c.sector == null) {
                    c.sector = NationalGroups.sectorOf(c.canonicalName);
                }
            }
            default -> {
                // "Palestinians", "Rwandan rebels": the nation the group is named by.
                Optional<String> nation = NationalGroups.nation(c.canonicalName, knowledge);
                if (nation.isPresent()) {
                    c.country = nation.get();
                    c.sector = NationalGroups.sectorOf(c.canonicalName);
                }
            }
        }
    }

    /**
     * Towns and regions get their country from the gazetteer; a shared name ("Paris") goes to the
     * country the article speaks of most.
     */
    private void placeLocations(List<Cluster> clusters) {
        Map<String, Integer> weight = new HashMap<>();
        for (Cluster c : clusters) {
            if (c.country != null) {
                weight.merge(c.country, c.mentions.size(), Integer::sum);
            }
        }
        List<String> focus = weight.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        PlaceContext context = new PlaceContext(focus, null);
        for (Cluster c : clusters) {
            if (c.type() == EntityType.LOCATION && c.country == null) {
                c.country = gazetteer.resolve(c.canonicalName, context).map(GazetteerEntry::country).orElse(null);
            }
        }
    }

    /**
     * "Turkey's Constitutional Court", "Brazil's state oil company Petrobras": a body a country's possessive
     * names is that country's.
     */
    private void countriesOfOwners(AnnotatedText text, List<Cluster> clusters) {
        Map<Integer, Cluster> countryAt = new HashMap<>();
        for (Cluster c : clusters) {
            if (c.type() == EntityType.LOCATION && c.country != null && knowledge.countryOfPlace(c.canonicalName).isPresent()) {
                c.mentions.forEach(m -> countryAt.put(m.end(), c));
            }
        }
        List<Token> tokens = text.tokens();
        for (Cluster c : clusters) {
            if (c.type() != EntityType.ORGANIZATION || c.country != null) {
                continue;
            }
            for (Span m : c.mentions) {
                int first = Residence.tokenAt(tokens, m.start());
                // "Brazil's state oil company Petrobras": a few lower-case words may describe the body.
                int k = first - 1;
                while (k > 0 && first - k <= 4 && isLowerCaseWord(tokens.get(k).text())) {
                    k--;
                }
                if (k >= 1 && first > 0 && tokens.get(k).text().equals("'s") && countryAt.containsKey(tokens.get(k - 1).end())) {
                    c.country = countryAt.get(tokens.get(k - 1).end()).country;
                    break;
                }
            }
        }
    }

    private static boolean isLowerCaseWord(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0));
    }

    /** A person the text ties to a national body ("Vice Premier of the State Council") belongs to its country. */
    private void countriesFromAffiliations(List<Cluster> clusters, LocalDate date) {
        for (Cluster c : clusters) {
            if (c.type() != EntityType.PERSON || c.country != null) {
                continue;
            }
            for (String body : c.affiliations) {
                String key = NameForms.key(body);
                String country = null;
                for (Cluster o : clusters) {
                    if (o != c && o.country != null && o.nameKeys.contains(key)) {
                        country = o.country;
                    }
                }
                Optional<ActorKnowledge.KnownActor> known = knowledge.actor(body, EntityType.ORGANIZATION, date);
                if (country == null) {
                    country = known.map(ActorKnowledge.KnownActor::country).orElse(null);
                }
                if (country == null && known.isPresent() && "IGO".equals(known.get().sector())) {
                    c.sector = "IGO"; // the Arab League's Secretary General speaks for the League
                }
                if (country != null) {
                    c.country = country;
                    break;
                }
            }
        }
    }

    /** "General Secretary" is dropped when "General Secretary of the CPC Central Committee" is also read. */
    private static List<String> withoutPrefixes(java.util.Collection<String> roles) {
        List<String> out = new ArrayList<>();
        for (String r : roles) {
            if (roles.stream().noneMatch(o -> o.length() > r.length() && o.startsWith(r + " "))) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * "Chinese Foreign Ministry" → CHN; "Ministry of Foreign Affairs of Japan" → JPN; "Japan International
     * Cooperation Agency", "Beijing Aerospace Control Center" → by the country or capital it opens with.
     */
    private String countryInName(String name) {
        Optional<String> nation = NationalGroups.nation(name, knowledge);
        if (nation.isPresent()) {
            return nation.get(); // "Sri Lankan government"
        }
        List<String> words = NameForms.words(name);
        for (String w : words) {
            Optional<String> c = knowledge.countryOfAdjective(w);
            if (c.isPresent()) {
                return c.get();
            }
        }
        int of = name.lastIndexOf(" of ");
        if (of > 0) {
            Optional<String> c = knowledge.countryOfPlace(name.substring(of + 4));
            if (c.isPresent()) {
                return c.get();
            }
        }
        return words.size() > 1 ? knowledge.countryOfPlace(words.get(0)).orElse(null) : null;
    }

    private static int[] sentenceOfToken(AnnotatedText text) {
        int[] out = new int[text.tokens().size()];
        List<Sentence> sentences = text.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            for (int t = sentences.get(s).firstToken(); t < sentences.get(s).endToken(); t++) {
                out[t] = s;
            }
        }
        return out;
    }
}
