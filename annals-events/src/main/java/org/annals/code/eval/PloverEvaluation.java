package org.annals.code.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.annals.analyze.ArticleAnalyzer;
import org.annals.model.AnalyzedArticle;
import org.annals.model.Article;
import org.annals.model.Entity;
import org.annals.model.Event;
import org.annals.model.Source;
import org.annals.model.SourceFormat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores the whole analysis on the PLOVER gold-standard sentences ({@code PLOVER_GSR_CAMEO.txt}, a JSON
 * array): each gold sentence is analysed alone, as an article dated by its gold date, and its events are
 * read with the countries (or IGO/NGO sector) of the entities they name. Reported per half of
 * the file by line order (the PLOVER file's halves hold different categories) and in all:
 * <ul>
 *   <li>category accuracy: some coded event has the gold category (old names mapped: DEMAND is REQUEST,
 *       DISAPPROVE and INVESTIGATE are ACCUSE, FIGHT is ASSAULT);</li>
 *   <li>actor and recipient accuracy: the chosen event's actor (recipient) countries equal the gold
 *       source (target) codes as sets; the chosen event is the first with the gold category, else the
 *       first; an entity of the IGO or NGO sector counts as IGO (NGO) whatever its country, one with neither
 *       such a sector nor a country is left out; IGO and NGO count as one; for the mutual
 *       categories CONSULT, AGREE and COOPERATE both sides are compared together;</li>
 *   <li>full accuracy: all three; events per sentence: over-coding shows here.</li>
 * </ul>
 * Events are read the PLOVER way: an intended or possible cooperative act ("will visit", "ready to send
 * troops") is AGREE, an intended or possible hostile one ("may impose sanctions") THREATEN, and
 * negated hostile acts are not events.
 */
public final class PloverEvaluation {
    private static final Map<String, String> OLD_CATEGORIES = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE",
            "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT", "YIELD", "CONCEDE");
    /** Evident typos among the gold codes. */
    private static final Map<String, String> GOLD_CODES = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM", "NGO", "IGO");
    private static final Set<String> SYMMETRIC = Set.of("CONSULT", "AGREE", "COOPERATE");
    private static final Set<String> HOSTILE_ACTS = Set.of("SANCTION", "COERCE", "ASSAULT", "MOBILIZE");
    private static final Set<String> COOPERATIVE_ACTS = Set.of("CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE",
            "RETREAT", "AGREE");

    private final ArticleAnalyzer analyzer;

    /**
     * An evaluation that reads each sentence as a one-sentence article with {@code analyzer}: the same
     * tagging, entity resolution (countries from the knowledge base, titles and the gazetteer) and coding
     * {@code annals analyze} runs.
     */
    public PloverEvaluation(ArticleAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** One gold sentence as coded. */
    public record Item(String id, String text, String gold, Set<String> goldActors, Set<String> goldRecipients,
                       List<String> coded, Set<String> actors, Set<String> recipients, boolean category,
                       boolean actor, boolean recipient) {
        public boolean full() {
            return category && actor && recipient;
        }
    }

    /** Scores of one part of the gold file. */
    public record Score(String part, int sentences, int categoryCorrect, int actorCorrect, int recipientCorrect,
                        int fullCorrect, int events, int uncoded) {
        /** One line: the accuracies and events per sentence. */
        public String line() {
            return String.format(Locale.ROOT, "%-12s n=%3d  category %.3f  actor %.3f  recipient %.3f  full %.3f  "
                            + "events/sentence %.2f  uncoded %d", part, sentences, ratio(categoryCorrect),
                    ratio(actorCorrect), ratio(recipientCorrect), ratio(fullCorrect), ratio(events), uncoded);
        }

        private double ratio(int count) {
            return sentences == 0 ? 0 : (double) count / sentences;
        }
    }

    /** The evaluation's outcome: every item and the scores of both halves and of the whole. */
    public record Report(List<Item> items, List<Score> scores) {
        public Report {
            items = List.copyOf(items);
            scores = List.copyOf(scores);
        }

        /** The scores, one line each, then category and full accuracy for each gold category. */
        public String summary() {
            StringBuilder out = new StringBuilder();
            scores.forEach(s -> out.append(s.line()).append('\n'));
            Map<String, int[]> byCategory = new TreeMap<>();
            for (Item i : items) {
                int[] counts = byCategory.computeIfAbsent(i.gold(), k -> new int[3]);
                counts[0]++;
                counts[1] += i.category() ? 1 : 0;
                counts[2] += i.full() ? 1 : 0;
            }
            Map<String, Map<String, Integer>> confused = new TreeMap<>();
            for (Item i : items) {
                if (!i.category()) {
                    String coded = i.coded().isEmpty() ? "none" : i.coded().get(0).substring(0, i.coded().get(0).indexOf('('));
                    confused.computeIfAbsent(i.gold(), k -> new TreeMap<>()).merge(coded, 1, Integer::sum);
                }
            }
            byCategory.forEach((category, c) -> out.append(String.format(Locale.ROOT,
                    "  %-11s n=%3d  category %.3f  full %.3f  coded instead %s%n", category, c[0], (double) c[1] / c[0],
                    (double) c[2] / c[0], confused.getOrDefault(category, Map.of()))));
            return out.toString();
        }
    }

    /** Codes every gold sentence of {@code goldFile} and scores the result. */
    public Report run(Path goldFile) throws IOException {
        JsonNode gold = new ObjectMapper().readTree(Files.readString(goldFile));
        List<Item> items = new ArrayList<>();
        for (JsonNode g : gold) {
            String category = g.path("event").asText();
            if (category.equals("DOCUMENT") || !g.hasNonNull("text")) {
                continue;
            }
            items.add(score(g, OLD_CATEGORIES.getOrDefault(category, category)));
        }
        int half = items.size() / 2;
        List<Score> scores = List.of(score("first half", items.subList(0, half)),
                score("second half", items.subList(half, items.size())), score("all", items));
        return new Report(items, scores);
    }

    private Item score(JsonNode g, String goldCategory) {
        String text = g.get("text").asText();
        AnalyzedArticle analyzed = analyzer.analyze(new Article(g.path("id").asText(),
                new Source(g.path("id").asText(), SourceFormat.TEXT, null), null, g.path("date").asText(null), null,
                List.of(), null, null, null, List.of(), "en", text, List.of(), List.of()));
        List<Entity> entities = analyzed.entities();
        Map<String, Entity> byId = new HashMap<>();
        entities.forEach(e -> byId.put(e.id(), e));
        List<Event> events = new ArrayList<>();
        for (Event e : analyzed.events()) {
            String category = ploverCategory(e);
            if (category != null) {
                events.add(e);
            }
        }
        Set<String> goldActors = codes(g.get("source"));
        Set<String> goldRecipients = codes(g.get("target"));
        Event chosen = null;
        for (Event e : events) {
            if (ploverCategory(e).equals(goldCategory)) {
                chosen = e;
                break;
            }
        }
        boolean categoryRight = chosen != null;
        if (chosen == null && !events.isEmpty()) {
            chosen = events.get(0);
        }
        Set<String> actors = chosen == null ? Set.of() : countries(chosen.actors(), byId);
        Set<String> recipients = chosen == null ? Set.of() : countries(chosen.recipients(), byId);
        List<String> coded = events.stream().map(e -> ploverCategory(e) + "(" + e.rule() + ")").toList();
        boolean actorRight = chosen != null && actors.equals(goldActors);
        boolean recipientRight = chosen != null && recipients.equals(goldRecipients);
        if (chosen != null && SYMMETRIC.contains(ploverCategory(chosen)) && !(actorRight && recipientRight)) {
            // Meeting, agreeing and cooperating are mutual: the gold lists both sides as sources as often as not.
            Set<String> coded2 = new TreeSet<>(actors);
            coded2.addAll(recipients);
            Set<String> gold2 = new TreeSet<>(goldActors);
            gold2.addAll(goldRecipients);
            actorRight = recipientRight = coded2.equals(gold2);
        }
        return new Item(g.path("id").asText(), text, goldCategory, goldActors, goldRecipients, coded, actors,
                recipients, categoryRight, actorRight, recipientRight);
    }

    /** The event's category in the PLOVER reading, or null when it is no PLOVER event (a negated attack). */
    static String ploverCategory(Event e) {
        String c = e.category();
        return switch (e.modality()) {
            case "future", "hypothetical" -> HOSTILE_ACTS.contains(c) ? "THREATEN"
                    : COOPERATIVE_ACTS.contains(c) ? "AGREE" : c;
            case "negated" -> null;
            default -> c;
        };
    }

    private Set<String> countries(List<String> ids, Map<String, Entity> byId) {
        Set<String> out = new TreeSet<>();
        for (String id : ids) {
            Entity e = byId.get(id);
            // Someone acting for an international body is coded as the body, whatever their nationality:
            // the UN Secretary-General is IGO, not Ghana.
            String code = e == null ? null : "IGO".equals(e.sector()) || "NGO".equals(e.sector()) ? e.sector()
                    : e.country();
            if (code != null) {
                out.add(GOLD_CODES.getOrDefault(code, code));
            }
        }
        return out;
    }

    private static Set<String> codes(JsonNode actors) {
        Set<String> out = new TreeSet<>();
        if (actors != null && actors.isArray()) {
            for (JsonNode a : actors) {
                String code = a.path("code").asText("");
                if (!code.isEmpty()) {
                    out.add(GOLD_CODES.getOrDefault(code, code));
                }
            }
        }
        return out;
    }

    private static Score score(String part, List<Item> items) {
        int category = 0;
        int actor = 0;
        int recipient = 0;
        int full = 0;
        int events = 0;
        int uncoded = 0;
        for (Item i : items) {
            category += i.category() ? 1 : 0;
            actor += i.actor() ? 1 : 0;
            recipient += i.recipient() ? 1 : 0;
            full += i.full() ? 1 : 0;
            events += i.coded().size();
            uncoded += i.coded().isEmpty() ? 1 : 0;
        }
        return new Score(part, items.size(), category, actor, recipient, full, events, uncoded);
    }
}
