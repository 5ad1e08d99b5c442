package org.annals.annotate.quote;

import org.annals.annotate.AnnotatedText;
import org.annals.annotate.Token;
import org.annals.model.Entity;
import org.annals.model.EntityType;
import org.annals.model.Span;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names the entity behind the subject of a speech cue. The rules, in order:
 * <ol>
 *   <li>an entity mention in the subject: a person before an organisation before a place (a place
 *       only when no preposition such as "in" puts it there as a location), the one nearest the cue
 *       (or the first, when the subject follows the cue or heads a coordinated clause);</li>
 *   <li>a pronoun the entity resolver left unresolved: "he"/"she" is the most recent person subject
 *       of that gender or of unknown gender, i.e. the first such person of the nearest earlier
 *       sentence that mentions one (gender from a title such as Mr or Ms before a mention, a pronoun
 *       among its mentions, or a short list of first names); "it" the nearest earlier
 *       organisation; "they" an organisation a few sentences back;</li>
 *   <li>a definite role: "the minister", "the judge" is the nearest earlier person; "the ministry",
 *       "the company" the nearest earlier organisation whose name holds the noun, or (for generic
 *       nouns like company) the nearest earlier organisation;</li>
 *   <li>otherwise no one ("officials said", "a spokesperson said").</li>
 * </ol>
 * One resolver serves one text.
 */
public final class SpeakerResolver {
    /** Nouns for people whose definite mention ("the minister") refers back to a named person. */
    static final Set<String> PERSON_ROLES = Set.of("minister", "president", "premier", "chancellor", "spokesman",
            "spokeswoman", "spokesperson", "official", "judge", "prosecutor", "lawyer", "attorney", "coach",
            "manager", "striker", "player", "captain", "ambassador", "envoy", "governor", "mayor", "senator",
            "leader", "chairman", "chairwoman", "chair", "chief", "executive", "director", "secretary", "diplomat",
            "general", "commander", "king", "queen", "prince", "pope", "economist", "analyst", "scientist",
            "lawmaker", "politician", "candidate", "founder", "ceo", "head");
    /** Nouns for organisations whose definite mention ("the ministry") refers back to a named one. */
    static final Set<String> ORGANIZATION_NOUNS = Set.of("company", "firm", "group", "carrier", "airline", "bank",
            "club", "team", "agency", "organisation", "organization", "ministry", "court", "union", "government",
            "party", "army", "military", "police", "council", "committee", "commission", "department", "embassy",
            "office", "board", "institute", "university", "fund", "alliance", "bloc", "kremlin", "insurer",
            "lender", "automaker", "carmaker", "retailer", "manufacturer", "operator", "broadcaster", "newspaper");
    /** Of those, the ones that may refer to any earlier organisation, not only one named with the noun. */
    private static final Set<String> GENERIC_ORGANIZATION_NOUNS = Set.of("company", "firm", "group", "carrier",
            "airline", "club", "team", "organisation", "organization", "insurer", "lender", "automaker", "carmaker",
            "retailer", "manufacturer", "operator", "broadcaster", "newspaper");
    private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "some", "another", "several", "many",
            "two", "three", "other", "officials", "critics");
    private static final Set<String> LOCATIVE = Set.of("in", "at", "from", "near", "across", "outside", "inside",
            "to", "into", "around", "throughout", "over", "toward", "towards", "via");
    private static final Set<String> MALE_TITLES = Set.of("mr", "mister", "sir", "lord", "king", "prince", "he",
            "him", "his", "monsieur", "herr", "senor", "señor");
    private static final Set<String> FEMALE_TITLES = Set.of("mrs", "ms", "miss", "madam", "madame", "lady", "queen",
            "princess", "dame", "she", "her", "hers", "frau", "senora", "señora");
    private static final Map<String, Gender> FIRST_NAMES = readFirstNames();
    /** How far back "they" looks for an organisation, in characters. */
    private static final int THEY_REACH = 600;
    private static final int MAX_STEPS_BACK = 200;

    private enum Gender { MALE, FEMALE, UNKNOWN }

    private record Mention(Span span, int entity) {
    }

    private final String text;
    private final List<Entity> entities;
    private final Gender[] genders;
    private final List<Mention> mentions;
    private final int[] mentionStarts;
    private final List<Token> tokens;
    private final int[] tokenStarts;
    private final int[] sentenceStarts;

    /** A resolver for one annotated text and its entities. */
    public SpeakerResolver(AnnotatedText annotated, List<Entity> entities) {
        this.text = annotated.text();
        this.entities = List.copyOf(entities);
        this.tokens = annotated.tokens();
        this.tokenStarts = tokens.stream().mapToInt(Token::start).toArray();
        this.sentenceStarts = annotated.sentences().stream().mapToInt(sentence -> sentence.span().start()).toArray();
        List<Mention> all = new ArrayList<>();
        genders = new Gender[this.entities.size()];
        for (int i = 0; i < this.entities.size(); i++) {
            Entity e = this.entities.get(i);
            genders[i] = gender(e);
            if (e.type() != EntityType.MISC) {
                for (Span m : e.mentions()) {
                    all.add(new Mention(m, i));
                }
            }
        }
        all.sort(Comparator.comparing(Mention::span));
        mentions = List.copyOf(all);
        mentionStarts = mentions.stream().mapToInt(m -> m.span().start()).toArray();
    }

    /** The id of the entity the attribution's subject names, or null when it names none. */
    public String speaker(Attribution attribution) {
        Span subject = attribution.subject();
        if (subject == null) {
            return null;
        }
        Entity named = named(subject, attribution.subjectFollows());
        if (named != null) {
            return named.id();
        }
        List<String> words = words(subject);
        if (words.size() <= 3) {
            for (int i = 0; i < words.size(); i++) {
                Entity e = pronoun(words.get(i), subject.start());
                if (e != null) {
                    return e.id();
                }
            }
        }
        if (!words.isEmpty() && !INDEFINITE.contains(words.get(0))) {
            for (int i = words.size() - 1; i >= 0; i--) {
                Entity e = role(words.get(i), subject.start());
                if (e != null) {
                    return e.id();
                }
            }
        }
        return null;
    }

    private Entity named(Span subject, boolean first) {
        int best = -1;
        int bestRank = Integer.MAX_VALUE;
        for (int i = lowerBound(mentionStarts, subject.start()); i < mentions.size() && mentionStarts[i] < subject.end(); i++) {
            Mention m = mentions.get(i);
            Entity e = entities.get(m.entity());
            if (m.span().end() > subject.end()
                    || e.type() == EntityType.LOCATION && LOCATIVE.contains(wordBefore(m.span().start(), true))) {
                continue;
            }
            int rank = switch (e.type()) {
                case PERSON -> 0;
                case ORGANIZATION -> 1;
                default -> 2;
            };
            if (rank < bestRank || rank == bestRank && !first) {
                best = m.entity();
                bestRank = rank;
            }
        }
        return best < 0 ? null : entities.get(best);
    }

    private Entity pronoun(String word, int position) {
        return switch (word) {
            case "he" -> subjectBefore(position, Gender.FEMALE);
            case "she" -> subjectBefore(position, Gender.MALE);
            case "it" -> nearestBefore(position, Integer.MAX_VALUE, EntityType.ORGANIZATION, null, null);
            case "they" -> nearestBefore(position, THEY_REACH, EntityType.ORGANIZATION, null, null);
            default -> null;
        };
    }

    /**
     * The most recent person subject: the nearest sentence before {@code position} that mentions a person
     * of a fitting gender, and in it the first such person (a subject more often than not).
     */
    private Entity subjectBefore(int position, Gender excluded) {
        Entity nearest = nearestBefore(position, Integer.MAX_VALUE, EntityType.PERSON, excluded, null);
        if (nearest == null) {
            return null;
        }
        int i = lowerBound(mentionStarts, position) - 1;
        for (int steps = 0; i >= 0 && steps < MAX_STEPS_BACK; i--, steps++) {
            if (mentions.get(i).span().end() <= position && entities.get(mentions.get(i).entity()) == nearest) {
                break;
            }
        }
        if (i < 0) {
            return nearest;
        }
        int sentenceStart = sentenceStart(mentionStarts[i]);
        Entity first = nearest;
        for (int steps = 0; i >= 0 && mentionStarts[i] >= sentenceStart && steps < MAX_STEPS_BACK; i--, steps++) {
            Entity e = entities.get(mentions.get(i).entity());
            if (e.type() == EntityType.PERSON && genders[mentions.get(i).entity()] != excluded) {
                first = e;
            }
        }
        return first;
    }

    private int sentenceStart(int position) {
        int lo = 0;
        int hi = sentenceStarts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentenceStarts[mid] <= position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo == 0 ? 0 : sentenceStarts[lo - 1];
    }

    private Entity role(String word, int position) {
        if (PERSON_ROLES.contains(word)) {
            return nearestBefore(position, Integer.MAX_VALUE, EntityType.PERSON, null, null);
        }
        if (ORGANIZATION_NOUNS.contains(word)) {
            Entity named = nearestBefore(position, Integer.MAX_VALUE, EntityType.ORGANIZATION, null, word);
            if (named != null || !GENERIC_ORGANIZATION_NOUNS.contains(word)) {
                return named;
            }
            return nearestBefore(position, Integer.MAX_VALUE, EntityType.ORGANIZATION, null, null);
        }
        return null;
    }

    /** The entity of the nearest mention ending before {@code position} that fits, or null. */
    private Entity nearestBefore(int position, int reach, EntityType type, Gender excluded, String nameWord) {
        int i = lowerBound(mentionStarts, position) - 1;
        for (int steps = 0; i >= 0 && steps < MAX_STEPS_BACK; i--, steps++) {
            Mention m = mentions.get(i);
            if (m.span().end() > position) {
                continue;
            }
            if (position - m.span().end() > reach) {
                return null;
            }
            Entity e = entities.get(m.entity());
            if (e.type() == type && genders[m.entity()] != excluded
                    && (nameWord == null || e.name().toLowerCase(Locale.ROOT).contains(nameWord))) {
                return e;
            }
        }
        return null;
    }

    private List<String> words(Span span) {
        List<String> out = new ArrayList<>();
        for (int i = lowerBound(tokenStarts, span.start()); i < tokens.size() && tokenStarts[i] < span.end(); i++) {
            Token t = tokens.get(i);
            String w = text.substring(t.start(), Math.min(t.end(), text.length())).toLowerCase(Locale.ROOT);
            if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
                out.add(w);
            }
        }
        return out;
    }

    private Gender gender(Entity e) {
        for (Span m : e.mentions()) {
            if (m.end() > text.length()) {
                continue;
            }
            String mention = m.of(text).toLowerCase(Locale.ROOT);
            String before = wordBefore(m.start(), false);
            if (MALE_TITLES.contains(mention) || MALE_TITLES.contains(before)) {
                return Gender.MALE;
            }
            if (FEMALE_TITLES.contains(mention) || FEMALE_TITLES.contains(before)) {
                return Gender.FEMALE;
            }
        }
        String first = e.name().strip().split("\\s+")[0];
        return FIRST_NAMES.getOrDefault(first.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
    }

    /** The lower-cased word just before {@code position} (skipping "the" when asked), without a full stop. */
    private String wordBefore(int position, boolean skipThe) {
        int end = Math.min(position, text.length());
        for (int round = 0; round < 2; round++) {
            while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '.')) {
                end--;
            }
            int start = end;
            while (start > 0 && end - start < 20 && Character.isLetter(text.charAt(start - 1))) {
                start--;
            }
            String word = text.substring(start, end).toLowerCase(Locale.ROOT);
            if (!(skipThe && word.equals("the")) || round == 1) {
                return word;
            }
            end = start;
        }
        return "";
    }

    /** The first index whose value is at least {@code key}. */
    private static int lowerBound(int[] sorted, int key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static Map<String, Gender> readFirstNames() {
        InputStream in = SpeakerResolver.class.getResourceAsStream("first-names.txt");
        if (in == null) {
            throw new IllegalStateException("first-names.txt is missing from the classpath");
        }
        Map<String, Gender> names = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line : reader.lines().toList()) {
                String[] parts = line.strip().split("\\s+");
                if (parts.length < 2 || parts[0].startsWith("#")) {
                    continue;
                }
                Gender g = parts[0].equals("f") ? Gender.FEMALE : Gender.MALE;
                for (int i = 1; i < parts.length; i++) {
                    names.put(parts[i].toLowerCase(Locale.ROOT), g);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(names);
    }
}
