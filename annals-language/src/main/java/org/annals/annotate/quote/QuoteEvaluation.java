package org.annals.annotate.quote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.annals.annotate.LanguageAnnotator;
import org.annals.model.Entity;
import org.annals.model.EntityType;
import org.annals.model.Quote;
import org.annals.model.QuoteKind;
import org.annals.model.Span;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Scores a {@link QuoteAttributor} against gold paragraphs (JSON Lines of {@code id, text, entities,
 * quotes, heldout}): quote spans (a found quote matches a gold one when they share at least half of
 * the longer), speakers (span and speaker right) and kinds, on all paragraphs, the tuning ones and the
 * held-out ones. Gold entities are given to the attributor, so entity recognition errors do not count.
 */
public final class QuoteEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LanguageAnnotator annotator;

    /** An evaluation that splits the gold texts into sentences and tokens with {@code annotator}. */
    public QuoteEvaluation(LanguageAnnotator annotator) {
        this.annotator = annotator;
    }

    /**
     * Counts for one set of paragraphs.
     *
     * @param name         what the set is ("all", "tuning", "held-out", or a paragraph id)
     * @param gold         gold quotes
     * @param found        quotes the attributor found
     * @param matched      found quotes whose span matches a gold one
     * @param speakerRight matched quotes with the gold speaker (or both without one)
     * @param kindRight    matched quotes of the gold kind
     * @param cueRight     matched quotes with the gold cue
     */
    public record Scores(String name, int gold, int found, int matched, int speakerRight, int kindRight, int cueRight) {
        /** Share of found quotes whose span matches a gold one. */
        public double spanPrecision() {
            return ratio(matched, found);
        }

        /** Share of gold quotes found. */
        public double spanRecall() {
            return ratio(matched, gold);
        }

        /** Harmonic mean of span precision and recall. */
        public double spanF1() {
            return f1(spanPrecision(), spanRecall());
        }

        /** Share of found quotes with a matching span and the gold speaker. */
        public double speakerPrecision() {
            return ratio(speakerRight, found);
        }

        /** Share of gold quotes found with their speaker. */
        public double speakerRecall() {
            return ratio(speakerRight, gold);
        }

        /** Harmonic mean of speaker precision and recall. */
        public double speakerF1() {
            return f1(speakerPrecision(), speakerRecall());
        }

        /** Share of matched quotes of the gold kind. */
        public double kindAccuracy() {
            return ratio(kindRight, matched);
        }

        /** Share of matched quotes with the gold cue. */
        public double cueAccuracy() {
            return ratio(cueRight, matched);
        }

        Scores plus(Scores o) {
            return new Scores(name, gold + o.gold, found + o.found, matched + o.matched,
                    speakerRight + o.speakerRight, kindRight + o.kindRight, cueRight + o.cueRight);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 1.0 : (double) a / b;
        }

        private static double f1(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** One line: spans P/R/F1, speakers P/R/F1, kind and cue accuracy. */
        public String line() {
            return String.format(Locale.ROOT,
                    "%-9s gold %3d found %3d | span P %.3f R %.3f F1 %.3f | speaker P %.3f R %.3f F1 %.3f | kind %.3f | cue %.3f",
                    name, gold, found, spanPrecision(), spanRecall(), spanF1(), speakerPrecision(), speakerRecall(),
                    speakerF1(), kindAccuracy(), cueAccuracy());
        }
    }

    /**
     * The scores and every disagreement.
     *
     * @param all        every paragraph
     * @param tuning     paragraphs not held out
     * @param heldOut    paragraphs held out from tuning
     * @param mismatches one line per missed, spurious or wrongly attributed quote
     */
    public record Result(Scores all, Scores tuning, Scores heldOut, List<String> mismatches) {
        public Result {
            mismatches = List.copyOf(mismatches);
        }

        /** The three score lines and the mismatches. */
        public String report() {
            StringBuilder out = new StringBuilder();
            out.append(all.line()).append('\n').append(tuning.line()).append('\n').append(heldOut.line()).append('\n');
            mismatches.forEach(m -> out.append("  ").append(m).append('\n'));
            return out.toString();
        }
    }

    private record GoldQuote(Span span, String text, QuoteKind kind, String speaker, String cue) {
    }

    /** Scores {@code attributor} on the gold file. */
    public Result evaluate(Path gold, QuoteAttributor attributor) throws IOException {
        Scores tuning = new Scores("tuning", 0, 0, 0, 0, 0, 0);
        Scores heldOut = new Scores("held-out", 0, 0, 0, 0, 0, 0);
        List<String> mismatches = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode item = JSON.readTree(line);
                Scores s = score(item, attributor, mismatches);
                if (item.path("heldout").asBoolean(false)) {
                    heldOut = heldOut.plus(s);
                } else {
                    tuning = tuning.plus(s);
                }
            }
        }
        Scores all = new Scores("all", 0, 0, 0, 0, 0, 0).plus(tuning).plus(heldOut);
        return new Result(all, tuning, heldOut, mismatches);
    }

    private Scores score(JsonNode item, QuoteAttributor attributor, List<String> mismatches) {
        String id = item.path("id").asText();
        String text = item.path("text").asText();
        List<Entity> entities = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (JsonNode e : item.path("entities")) {
            List<Span> mentions = new ArrayList<>();
            e.path("mentions").forEach(m -> mentions.add(new Span(m.get(0).asInt(), m.get(1).asInt())));
            entities.add(new Entity(e.path("id").asText(), e.path("name").asText(),
                    EntityType.valueOf(e.path("type").asText()), null, null, List.of(), List.of(), mentions, null));
            names.put(e.path("id").asText(), e.path("name").asText());
        }
        List<GoldQuote> gold = new ArrayList<>();
        for (JsonNode q : item.path("quotes")) {
            String quoted = q.path("text").asText();
            Span span = q.has("span") ? new Span(q.get("span").get(0).asInt(), q.get("span").get(1).asInt())
                    : new Span(Math.max(0, text.indexOf(quoted)), Math.max(0, text.indexOf(quoted)) + quoted.length());
            gold.add(new GoldQuote(span, quoted, QuoteKind.valueOf(q.path("kind").asText().toUpperCase(Locale.ROOT)),
                    q.path("speaker").isNull() ? null : q.path("speaker").asText(null),
                    q.path("cue").isNull() ? null : q.path("cue").asText(null)));
        }
        List<Quote> found = attributor.attribute(annotator.annotate(text), entities);
        boolean[] goldUsed = new boolean[gold.size()];
        int matched = 0;
        int speakerRight = 0;
        int kindRight = 0;
        int cueRight = 0;
        for (Quote q : found) {
            int best = -1;
            int bestOverlap = 0;
            for (int g = 0; g < gold.size(); g++) {
                Span gs = gold.get(g).span();
                int overlap = Math.max(0, Math.min(gs.end(), q.span().end()) - Math.max(gs.start(), q.span().start()));
                if (!goldUsed[g] && overlap * 2 >= Math.max(gs.length(), q.span().length()) && overlap > bestOverlap) {
                    best = g;
                    bestOverlap = overlap;
                }
            }
            String speaker = q.speaker() == null ? null : names.get(q.speaker());
            if (best < 0) {
                mismatches.add(id + " spurious " + describe(q.kind(), q.text(), speaker, q.cue()));
                continue;
            }
            goldUsed[best] = true;
            matched++;
            GoldQuote g = gold.get(best);
            if (Objects.equals(g.speaker(), speaker)) {
                speakerRight++;
            } else {
                mismatches.add(id + " speaker " + describe(g.kind(), g.text(), g.speaker(), g.cue()) + " got " + speaker);
            }
            if (g.kind() == q.kind()) {
                kindRight++;
            } else {
                mismatches.add(id + " kind " + describe(g.kind(), g.text(), g.speaker(), g.cue()) + " got " + q.kind().label());
            }
            if (g.cue() == null ? q.cue() == null : q.cue() != null && g.cue().equalsIgnoreCase(q.cue())) {
                cueRight++;
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            if (!goldUsed[g]) {
                GoldQuote q = gold.get(g);
                mismatches.add(id + " missed " + describe(q.kind(), q.text(), q.speaker(), q.cue()));
            }
        }
        return new Scores(id, gold.size(), found.size(), matched, speakerRight, kindRight, cueRight);
    }

    private static String describe(QuoteKind kind, String text, String speaker, String cue) {
        String shown = text.replace("\n", "⏎");
        if (shown.length() > 70) {
            shown = shown.substring(0, 67) + "...";
        }
        return "[" + kind.label() + "] \"" + shown + "\" (" + speaker + ", " + cue + ")";
    }
}
