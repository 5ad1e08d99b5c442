package org.annals.annotate.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.annals.model.TimeExpression;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores a {@link TimeTagger} on a gold file of annotated paragraphs (JSON Lines: {@code id},
 * {@code published}, {@code dateline}, {@code text}, {@code times} of {@code text}, {@code start},
 * {@code end}, {@code value}, {@code precision}; optional {@code heldout}). A span is right when start and
 * end are exactly the gold's; a value is right when its span, value and precision all are.
 */
public final class TimeEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Longest gold line read; a gold file is small, so longer lines are an error. */
    private static final int MAX_LINE = 1 << 20;

    private TimeEvaluation() {
    }

    /** Counts behind precision, recall and F1, for spans and for values. */
    public record Scores(int gold, int tagged, int spansRight, int valuesRight) {
        Scores plus(Scores o) {
            return new Scores(gold + o.gold, tagged + o.tagged, spansRight + o.spansRight, valuesRight + o.valuesRight);
        }

        /** Share of tagged spans that are gold spans. */
        public double spanPrecision() {
            return ratio(spansRight, tagged);
        }

        /** Share of gold spans that were tagged. */
        public double spanRecall() {
            return ratio(spansRight, gold);
        }

        /** Harmonic mean of span precision and recall. */
        public double spanF1() {
            return f1(spanPrecision(), spanRecall());
        }

        /** Share of tagged expressions with the gold span, value and precision. */
        public double valuePrecision() {
            return ratio(valuesRight, tagged);
        }

        /** Share of gold expressions tagged with their span, value and precision. */
        public double valueRecall() {
            return ratio(valuesRight, gold);
        }

        /** Harmonic mean of value precision and recall. */
        public double valueF1() {
            return f1(valuePrecision(), valueRecall());
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }

        private static double f1(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * One disagreement with the gold.
     *
     * @param kind     {@code missed} (gold span not tagged), {@code spurious} (tagged span not in gold) or
     *                 {@code value} (span right, value or precision wrong)
     * @param expected gold "value/precision", or null for spurious
     * @param actual   tagged "value/precision", or null for missed
     */
    public record Mismatch(String id, boolean heldout, String kind, String text, int start, int end,
                           String expected, String actual) {
        @Override
        public String toString() {
            return String.format("%s%s %-8s [%d,%d) %-30s gold=%s tagged=%s", id, heldout ? "*" : "", kind, start,
                    end, '"' + text + '"', expected, actual);
        }
    }

    /**
     * Scores over all paragraphs, over the held-out ones, and over the rest, with every mismatch.
     *
     * @param all     every paragraph
     * @param heldout paragraphs marked {@code "heldout": true}
     * @param tuning  the other paragraphs
     */
    public record Result(Scores all, Scores heldout, Scores tuning, List<Mismatch> mismatches) {
        /** The figures as three lines (all, held out, tuning) of counts, precision, recall and F1. */
        public String summary() {
            return line("all", all) + line("heldout", heldout) + line("tuning", tuning);
        }

        private static String line(String name, Scores s) {
            return String.format(java.util.Locale.ROOT,
                    "%-8s gold %3d tagged %3d  spans P %.3f R %.3f F1 %.3f  values P %.3f R %.3f F1 %.3f%n", name,
                    s.gold(), s.tagged(), s.spanPrecision(), s.spanRecall(), s.spanF1(), s.valuePrecision(),
                    s.valueRecall(), s.valueF1());
        }
    }

    /** Tags every paragraph of the gold file with its anchor and scores the result. */
    public static Result evaluate(Path goldJsonl, TimeTagger tagger) throws IOException {
        Scores heldout = new Scores(0, 0, 0, 0);
        Scores tuning = new Scores(0, 0, 0, 0);
        List<Mismatch> mismatches = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(goldJsonl, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                if (line.length() > MAX_LINE) {
                    throw new IOException("gold line longer than " + MAX_LINE + " characters");
                }
                JsonNode paragraph = JSON.readTree(line);
                boolean held = paragraph.path("heldout").asBoolean(false);
                Scores scores = score(paragraph, held, tagger, mismatches);
                if (held) {
                    heldout = heldout.plus(scores);
                } else {
                    tuning = tuning.plus(scores);
                }
            }
        }
        return new Result(heldout.plus(tuning), heldout, tuning, List.copyOf(mismatches));
    }

    private static Scores score(JsonNode paragraph, boolean held, TimeTagger tagger, List<Mismatch> mismatches) {
        String id = paragraph.path("id").asText();
        String text = paragraph.path("text").asText();
        TimeAnchor anchor = TimeAnchor.of(textOrNull(paragraph, "published"), textOrNull(paragraph, "dateline"));
        Map<Long, JsonNode> gold = new HashMap<>();
        for (JsonNode time : paragraph.path("times")) {
            gold.put(key(time.path("start").asInt(), time.path("end").asInt()), time);
        }
        int spansRight = 0;
        int valuesRight = 0;
        List<TimeExpression> tagged = tagger.tag(text, anchor);
        Map<Long, TimeExpression> byKey = new HashMap<>();
        for (TimeExpression t : tagged) {
            byKey.put(key(t.span().start(), t.span().end()), t);
            JsonNode g = gold.get(key(t.span().start(), t.span().end()));
            String actual = t.value() + "/" + (t.precision() == null ? null : t.precision().label());
            if (g == null) {
                mismatches.add(new Mismatch(id, held, "spurious", t.text(), t.span().start(), t.span().end(), null,
                        actual));
                continue;
            }
            spansRight++;
            String expected = textOrNull(g, "value") + "/" + textOrNull(g, "precision");
            if (Objects.equals(expected, actual)) {
                valuesRight++;
            } else {
                mismatches.add(new Mismatch(id, held, "value", t.text(), t.span().start(), t.span().end(), expected,
                        actual));
            }
        }
        for (JsonNode g : paragraph.path("times")) {
            int start = g.path("start").asInt();
            int end = g.path("end").asInt();
            if (!byKey.containsKey(key(start, end))) {
                mismatches.add(new Mismatch(id, held, "missed", g.path("text").asText(), start, end,
                        textOrNull(g, "value") + "/" + textOrNull(g, "precision"), null));
            }
        }
        return new Scores(gold.size(), tagged.size(), spansRight, valuesRight);
    }

    private static long key(int start, int end) {
        return ((long) start << 32) | end;
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
