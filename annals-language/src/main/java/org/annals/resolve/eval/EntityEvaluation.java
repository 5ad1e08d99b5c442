package org.annals.resolve.eval;

import org.annals.model.Entity;
import org.annals.model.EntityType;
import org.annals.model.Span;
import org.annals.resolve.ActorKnowledge;
import org.annals.resolve.KnowledgeBaseActors;
import org.annals.resolve.NationalGroups;
import org.annals.resolve.kb.ActorKnowledgeBase;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Scores a system's entities against the entity gold set: mentions (exact span and type; names
 * alone, nominals and pronouns alone, and all together), clusters (B-cubed), and the country of
 * gold entities that have one.
 *
 * <p>A system mention takes the kind of the gold mention with the same span; one the gold does not
 * know is classed by its text ({@link MentionKind#of}). B-cubed follows Cai and Strube (2010) for
 * mentions found by only one side: a gold mention the system missed counts as a singleton of the
 * system for recall, a spurious system mention as a singleton of the gold for precision, so missed
 * and invented mentions cost some clustering score but do not dominate it. Possessive and object
 * pronouns ("his", "her", "them") that the gold does not hold are left out of the system's mentions,
 * since the gold marks subject pronouns only. A gold entity's country
 * is judged on the system entity holding most of its name mentions; an entity the system did not
 * find counts as wrong.
 */
public final class EntityEvaluation {
    /** Pronouns the gold does not mark (it marks subject pronouns only), so a system is not judged on them. */
    private static final Set<String> UNJUDGED_PRONOUNS = Set.of("his", "her", "hers", "him", "its", "their", "theirs",
            "them", "himself", "herself", "itself", "themselves", "me", "my", "us", "our");

    private EntityEvaluation() {
    }

    /** Scores {@code system} on every article of the gold file; see {@link #evaluate(List, Function)}. */
    public static Result evaluate(Path gold, Function<GoldArticle, List<Entity>> system) {
        return evaluate(GoldArticle.readAll(gold), system);
    }

    /** Scores {@code system} on the given gold articles, calling it once per article. */
    public static Result evaluate(List<GoldArticle> gold, Function<GoldArticle, List<Entity>> system) {
        ActorKnowledge knowledge = new KnowledgeBaseActors(ActorKnowledgeBase.bundled());
        Tally tally = new Tally(name -> NationalGroups.nation(name, knowledge).isPresent());
        for (GoldArticle article : gold) {
            tally.add(article, system.apply(article));
        }
        return tally.result();
    }

    /** Scores outputs already computed, keyed by article id, on the articles that {@code which} selects. */
    public static Result evaluate(List<GoldArticle> gold, Map<String, List<Entity>> outputs,
                                  Predicate<GoldArticle> which) {
        return evaluate(gold.stream().filter(which).toList(), a -> outputs.getOrDefault(a.id(), List.of()));
    }

    /** Several systems' results side by side in one table, columns in the map's order. */
    public static String table(Map<String, Result> results) {
        List<String> names = new ArrayList<>(results.keySet());
        List<Result> rs = new ArrayList<>(results.values());
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-34s", "articles: " + (rs.isEmpty() ? 0 : rs.get(0).articles())));
        for (String name : names) {
            b.append(String.format(Locale.ROOT, " | %-21s", name));
        }
        b.append('\n').append(String.format(Locale.ROOT, "%-34s", ""));
        for (int i = 0; i < names.size(); i++) {
            b.append(" |     P     R    F1    ");
        }
        b.append('\n');
        Result first = rs.isEmpty() ? null : rs.get(0);
        if (first != null) {
            for (String row : first.rows().keySet()) {
                String gold = first.goldCounts().getOrDefault(row, "");
                b.append(String.format(Locale.ROOT, "%-34s", row + (gold.isEmpty() ? "" : " (" + gold + ")")));
                for (Result r : rs) {
                    Score s = r.rows().get(row);
                    b.append(String.format(Locale.ROOT, " | %5s %5s %5s    ", f(s.precision(), s.precisionDenominator()),
                            f(s.recall(), s.recallDenominator()), s.precisionDenominator() + s.recallDenominator() == 0 ? "-" : f(s.f1(), 1)));
                }
                b.append('\n');
            }
            for (String group : first.countries().keySet()) {
                Countries c0 = first.countries().get(group);
                b.append(String.format(Locale.ROOT, "%-34s", (group.equals(Countries.ALL) ? "country accuracy" : "  country, " + group)
                        + " (" + c0.gold() + ")"));
                for (Result r : rs) {
                    Countries c = r.countries().get(group);
                    b.append(String.format(Locale.ROOT, " | %5s (found %5s)  ", f(c.accuracy(), c.gold()), f(c.ofFound(), c.found())));
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    private static String f(double v, double denominator) {
        return denominator == 0 ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    /**
     * The scores of one system on a set of articles.
     *
     * @param articles       how many articles were scored
     * @param rows           the scores by row name, in the order of the printed table
     * @param goldCounts     how many gold items each row counts, by row name
     * @param countries      country accuracy of all gold entities with a country ({@link Countries#ALL}) and by type
     * @param mismatches     every disagreement, article by article
     */
    public record Result(int articles, Map<String, Score> rows, Map<String, String> goldCounts,
                         Map<String, Countries> countries, List<Mismatch> mismatches) {
        public Result {
            rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
            goldCounts = Collections.unmodifiableMap(new LinkedHashMap<>(goldCounts));
            countries = Collections.unmodifiableMap(new LinkedHashMap<>(countries));
            mismatches = List.copyOf(mismatches);
        }

        /** Gold entities with a country. */
        public int countryGold() {
            return countries.get(Countries.ALL).gold();
        }

        /** Gold entities with a country that the system found (at least one name mention). */
        public int countryFound() {
            return countries.get(Countries.ALL).found();
        }

        /** Gold entities with a country that the system found and gave that country. */
        public int countryCorrect() {
            return countries.get(Countries.ALL).correct();
        }

        /** Mention precision/recall/F1 over name mentions of all types, exact span and type. */
        public Score names() {
            return rows.get(Row.NAMES);
        }

        /** Mention precision/recall/F1 over all mentions: names, nominals and pronouns. */
        public Score allMentions() {
            return rows.get(Row.ALL);
        }

        /** B-cubed over name mentions. */
        public Score clustersOfNames() {
            return rows.get(Row.B3_NAMES);
        }

        /** B-cubed over all mentions. */
        public Score clustersOfAll() {
            return rows.get(Row.B3_ALL);
        }

        /** Share of gold entities with a country that the system found and gave that country. */
        public double countryAccuracy() {
            return countries.get(Countries.ALL).accuracy();
        }

        /** The scores as a printable table. */
        public String table() {
            return EntityEvaluation.table(Map.of("system", this));
        }
    }

    /**
     * Country accuracy of one group of gold entities.
     *
     * @param gold    gold entities with a country
     * @param found   of those, how many the system found (at least one name mention)
     * @param correct of those, how many it gave the gold country
     */
    public record Countries(int gold, int found, int correct) {
        /** The key of the group of all types. */
        public static final String ALL = "all";

        /** Share of the gold entities given the right country; unfound ones count as wrong. */
        public double accuracy() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        /** Share of the found entities given the right country. */
        public double ofFound() {
            return found == 0 ? 0 : (double) correct / found;
        }

        Countries plus(Countries o) {
            return new Countries(gold + o.gold, found + o.found, correct + o.correct);
        }
    }

    /** The row names of the table. */
    static final class Row {
        static final String NAMES = "mentions: names";
        static final String UNTYPED = "  names, span only";
        static final String PRON_NOM = "mentions: nominals+pronouns";
        static final String ALL = "mentions: all";
        static final String B3_NAMES = "B-cubed clusters: names";
        static final String B3_ALL = "B-cubed clusters: all mentions";

        static String type(EntityType t) {
            return "  names, " + t.name();
        }

        private Row() {
        }
    }

    /** A mention with what it belongs to: a gold or system entity index, its type and kind. */
    private record Mention(Span span, EntityType type, MentionKind kind, int entity) {
    }

    /** Sums over articles; used by one evaluation call only. */
    private static final class Tally {
        private final Map<String, Score> rows = new LinkedHashMap<>();
        private final Map<String, Integer> gold = new HashMap<>();
        private final List<Mismatch> mismatches = new ArrayList<>();
        private final Map<String, Countries> countries = new LinkedHashMap<>();
        private final Predicate<String> nationalGroup;
        private int articles;

        /** @param nationalGroup mentions such as "Russian officials", which the gold does not mark, so not judged */
        Tally(Predicate<String> nationalGroup) {
            this.nationalGroup = nationalGroup;
            for (String row : List.of(Row.NAMES, Row.type(EntityType.PERSON), Row.type(EntityType.ORGANIZATION),
                    Row.type(EntityType.LOCATION), Row.type(EntityType.MISC), Row.UNTYPED, Row.PRON_NOM, Row.ALL,
                    Row.B3_NAMES, Row.B3_ALL)) {
                rows.put(row, Score.ZERO);
            }
            countries.put(Countries.ALL, new Countries(0, 0, 0));
            for (EntityType t : EntityType.values()) {
                countries.put(t.name(), new Countries(0, 0, 0));
            }
        }

        void add(GoldArticle article, List<Entity> system) {
            articles++;
            String text = article.text();
            Map<Span, Mention> goldMentions = new LinkedHashMap<>();
            for (int i = 0; i < article.entities().size(); i++) {
                GoldEntity e = article.entities().get(i);
                for (GoldMention m : e.mentions()) {
                    goldMentions.put(m.span(), new Mention(m.span(), e.type(), m.kind(), i));
                }
            }
            Map<Span, Mention> systemMentions = new LinkedHashMap<>();
            for (int i = 0; i < system.size(); i++) {
                Entity e = system.get(i);
                for (Span s : e.mentions()) {
                    if (s.end() > text.length() || systemMentions.containsKey(s)) {
                        continue; // a span outside the text or given twice says nothing more
                    }
                    Mention g = goldMentions.get(s);
                    if (g == null && (UNJUDGED_PRONOUNS.contains(s.of(text).toLowerCase(Locale.ROOT))
                            || nationalGroup.test(s.of(text)))) {
                        continue;
                    }
                    MentionKind kind = g != null ? g.kind() : MentionKind.of(s.of(text));
                    systemMentions.put(s, new Mention(s, e.type(), kind, i));
                }
            }
            Predicate<Mention> names = m -> m.kind() == MentionKind.NAME;
            count(Row.NAMES, goldMentions, systemMentions, names, true);
            for (EntityType t : EntityType.values()) {
                count(Row.type(t), goldMentions, systemMentions, names.and(m -> m.type() == t), true);
            }
            count(Row.UNTYPED, goldMentions, systemMentions, names, false);
            count(Row.PRON_NOM, goldMentions, systemMentions, names.negate(), true);
            count(Row.ALL, goldMentions, systemMentions, m -> true, true);
            rows.merge(Row.B3_NAMES, bcubed(goldMentions, systemMentions, names), Score::plus);
            rows.merge(Row.B3_ALL, bcubed(goldMentions, systemMentions, m -> true), Score::plus);
            mentionMismatches(article, goldMentions, systemMentions);
            clusterMismatches(article, system, goldMentions, systemMentions);
            countries(article, system, systemMentions);
        }

        private void count(String row, Map<Span, Mention> goldMentions, Map<Span, Mention> systemMentions,
                           Predicate<Mention> which, boolean typed) {
            int g = 0;
            int s = 0;
            int matched = 0;
            for (Mention m : goldMentions.values()) {
                if (which.test(m)) {
                    g++;
                    Mention sys = systemMentions.get(m.span());
                    if (sys != null && which.test(sys) && (!typed || sys.type() == m.type())) {
                        matched++;
                    }
                }
            }
            for (Mention m : systemMentions.values()) {
                if (which.test(m)) {
                    s++;
                }
            }
            rows.merge(row, Score.counts(matched, s, g), Score::plus);
            gold.merge(row, g, Integer::sum);
        }

        /** B-cubed of the selected mentions, matched by span alone, as sums over mentions. */
        private static Score bcubed(Map<Span, Mention> goldMentions, Map<Span, Mention> systemMentions,
                                    Predicate<Mention> which) {
            Map<Integer, Set<Span>> goldClusters = clusters(goldMentions, which);
            Map<Integer, Set<Span>> systemClusters = clusters(systemMentions, which);
            double recall = 0;
            int goldCount = 0;
            for (Set<Span> cluster : goldClusters.values()) {
                for (Span s : cluster) {
                    goldCount++;
                    Mention sys = systemMentions.get(s);
                    Set<Span> other = sys != null && which.test(sys) ? systemClusters.get(sys.entity()) : Set.of(s);
                    recall += (double) overlap(cluster, other) / cluster.size();
                }
            }
            double precision = 0;
            int systemCount = 0;
            for (Set<Span> cluster : systemClusters.values()) {
                for (Span s : cluster) {
                    systemCount++;
                    Mention g = goldMentions.get(s);
                    Set<Span> other = g != null && which.test(g) ? goldClusters.get(g.entity()) : Set.of(s);
                    precision += (double) overlap(cluster, other) / cluster.size();
                }
            }
            return new Score(precision, systemCount, recall, goldCount);
        }

        private static Map<Integer, Set<Span>> clusters(Map<Span, Mention> mentions, Predicate<Mention> which) {
            Map<Integer, Set<Span>> out = new LinkedHashMap<>();
            for (Mention m : mentions.values()) {
                if (which.test(m)) {
                    out.computeIfAbsent(m.entity(), k -> new LinkedHashSet<>()).add(m.span());
                }
            }
            return out;
        }

        private static int overlap(Set<Span> a, Set<Span> b) {
            int n = 0;
            for (Span s : a) {
                if (b.contains(s)) {
                    n++;
                }
            }
            return n;
        }

        private void mentionMismatches(GoldArticle article, Map<Span, Mention> goldMentions,
                                       Map<Span, Mention> systemMentions) {
            String text = article.text();
            for (Mention g : goldMentions.values()) {
                Mention same = systemMentions.get(g.span());
                if (same != null) {
                    if (same.type() != g.type()) {
                        note(article, Mismatch.Kind.TYPE, describe(text, g) + " given " + same.type());
                    }
                    continue;
                }
                List<Mention> overlapping = systemMentions.values().stream()
                        .filter(s -> s.span().overlaps(g.span())).toList();
                if (overlapping.isEmpty()) {
                    note(article, Mismatch.Kind.MISSED, describe(text, g));
                } else {
                    note(article, Mismatch.Kind.BOUNDARY, describe(text, g) + " found as "
                            + overlapping.stream().map(s -> describe(text, s)).collect(Collectors.joining(", ")));
                }
            }
            for (Mention s : systemMentions.values()) {
                if (goldMentions.values().stream().noneMatch(g -> g.span().overlaps(s.span()))) {
                    note(article, Mismatch.Kind.SPURIOUS, describe(text, s));
                }
            }
        }

        private void clusterMismatches(GoldArticle article, List<Entity> system, Map<Span, Mention> goldMentions,
                                       Map<Span, Mention> systemMentions) {
            String text = article.text();
            for (GoldEntity e : article.entities()) {
                Map<Integer, List<String>> parts = new LinkedHashMap<>();
                for (GoldMention m : e.mentions()) {
                    Mention s = systemMentions.get(m.span());
                    if (s != null) {
                        parts.computeIfAbsent(s.entity(), k -> new ArrayList<>()).add(quote(text, m.span()));
                    }
                }
                if (parts.size() > 1) {
                    note(article, Mismatch.Kind.SPLIT, e.type() + " '" + e.name() + "' in " + parts.size()
                            + " system entities: " + parts.values().stream().map(p -> "{" + String.join(" ", p) + "}")
                            .collect(Collectors.joining(" ")));
                }
            }
            for (int i = 0; i < system.size(); i++) {
                Map<Integer, List<String>> parts = new LinkedHashMap<>();
                for (Mention s : systemMentions.values()) {
                    Mention g = s.entity() == i ? goldMentions.get(s.span()) : null;
                    if (g != null) {
                        parts.computeIfAbsent(g.entity(), k -> new ArrayList<>()).add(quote(text, s.span()));
                    }
                }
                if (parts.size() > 1) {
                    note(article, Mismatch.Kind.MERGED, "system '" + system.get(i).name() + "' joins " + parts.entrySet()
                            .stream().map(p -> "'" + article.entities().get(p.getKey()).name() + "' {"
                                    + String.join(" ", p.getValue()) + "}").collect(Collectors.joining(" + ")));
                }
            }
        }

        private void countries(GoldArticle article, List<Entity> system, Map<Span, Mention> systemMentions) {
            for (GoldEntity e : article.entities()) {
                if (e.country() == null) {
                    continue;
                }
                int found = 0;
                int correct = 0;
                Map<Integer, Integer> votes = new HashMap<>();
                for (GoldMention m : e.mentions()) {
                    Mention s = systemMentions.get(m.span());
                    if (m.kind() == MentionKind.NAME && s != null) {
                        votes.merge(s.entity(), 1, Integer::sum);
                    }
                }
                int best = -1;
                for (Map.Entry<Integer, Integer> v : votes.entrySet()) {
                    if (best < 0 || v.getValue() > votes.get(best) || v.getValue().equals(votes.get(best)) && v.getKey() < best) {
                        best = v.getKey();
                    }
                }
                if (best >= 0) {
                    found = 1;
                    String given = system.get(best).country();
                    if (e.country().equals(given)) {
                        correct = 1;
                    } else {
                        note(article, Mismatch.Kind.COUNTRY, e.type() + " '" + e.name() + "' is " + e.country() + ", given " + given);
                    }
                }
                Countries one = new Countries(1, found, correct);
                countries.merge(Countries.ALL, one, Countries::plus);
                countries.merge(e.type().name(), one, Countries::plus);
            }
        }

        private void note(GoldArticle article, Mismatch.Kind kind, String detail) {
            mismatches.add(new Mismatch(article.id(), kind, detail));
        }

        private static String describe(String text, Mention m) {
            return m.type() + (m.kind() == MentionKind.NAME ? "" : "/" + m.kind().marker()) + " " + quote(text, m.span());
        }

        private static String quote(String text, Span s) {
            return "'" + s.of(text).replace('\n', ' ') + "'@" + s.start();
        }

        Result result() {
            Map<String, String> counts = new LinkedHashMap<>();
            gold.forEach((row, n) -> counts.put(row, String.valueOf(n)));
            return new Result(articles, rows, counts, countries, mismatches);
        }
    }
}
