package org.annals.cli;

import org.annals.model.AnalyzedArticle;
import org.annals.model.Entity;
import org.annals.model.Event;
import org.annals.model.Span;
import picocli.CommandLine.Command;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code annals explain}: every event of an article with the evidence and the rule that coded it. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Analyse pages and print each event with its evidence sentence (trigger in [[ ]]), "
                + "participants, date, place, and the lexicon entry or rule that coded it.")
final class ExplainCommand extends AnalysingCommand {
    ExplainCommand(InputStream stdin) {
        super(stdin);
    }

    @Override
    void print(PrintWriter out, AnalyzedArticle analyzed) {
        explain(out, analyzed);
    }

    static void explain(PrintWriter out, AnalyzedArticle analyzed) {
        String text = analyzed.article().text();
        out.println("== " + oneLine(analyzed.article().id()) + "  " + oneLine(String.valueOf(analyzed.article().title())));
        if (analyzed.events().isEmpty()) {
            out.println("   no events" + (analyzed.notes().isEmpty() ? ""
                    : " (" + analyzed.notes().stream().map(n -> oneLine(n.message())).collect(Collectors.joining("; ")) + ")"));
        }
        Map<String, Entity> entities = new HashMap<>();
        analyzed.entities().forEach(e -> entities.put(e.id(), e));
        for (Event e : analyzed.events()) {
            out.printf(Locale.ROOT, "%s  %s%s  CAMEO %s  %s  confidence %.2f%n", e.id(), e.category(),
                    e.mode() == null ? "" : "/" + e.mode(), e.cameo() == null ? "-" : e.cameo(), e.modality(),
                    e.confidence());
            out.println("   actors:     " + participants(e.actors(), entities));
            out.println("   recipients: " + participants(e.recipients(), entities));
            out.println("   date:       " + (e.date() == null ? "-" : e.date()));
            out.println("   place:      " + (e.place() == null ? "-" : oneLine(e.place().name())
                    + (e.place().country() == null ? "" : ", " + e.place().country())
                    + (e.place().lat() == null ? "" : String.format(Locale.ROOT, " (%.2f, %.2f)", e.place().lat(),
                    e.place().lon()))));
            out.println("   trigger:    \"" + oneLine(e.trigger().of(text)) + "\" " + range(e.trigger()));
            out.println("   rule:       " + oneLine(String.valueOf(e.rule())));
            for (Span sentence : e.evidence()) {
                out.println("   evidence:   " + range(sentence) + " " + oneLine(marked(text, sentence, e.trigger())));
            }
        }
        out.println();
    }

    private static String participants(List<String> ids, Map<String, Entity> entities) {
        if (ids.isEmpty()) {
            return "-";
        }
        return ids.stream().map(id -> {
            Entity e = entities.get(id);
            if (e == null) {
                return id;
            }
            String facts = java.util.stream.Stream.of(e.country(), e.sector()).filter(java.util.Objects::nonNull)
                    .collect(Collectors.joining(" "));
            return oneLine(e.name()) + " [" + id + (facts.isEmpty() ? "" : ", " + facts) + "]";
        }).collect(Collectors.joining("; "));
    }

    /** The sentence with the trigger between [[ ]] when the trigger lies in it. */
    private static String marked(String text, Span sentence, Span trigger) {
        if (!sentence.contains(trigger)) {
            return sentence.of(text);
        }
        return text.substring(sentence.start(), trigger.start()) + "[[" + trigger.of(text) + "]]"
                + text.substring(trigger.end(), sentence.end());
    }

    private static String range(Span s) {
        return "[" + s.start() + ", " + s.end() + ")";
    }
}
