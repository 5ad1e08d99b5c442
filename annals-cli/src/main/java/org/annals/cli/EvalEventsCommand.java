package org.annals.cli;

import org.annals.annotate.AnnotatorUnavailableException;
import org.annals.code.StandardAnalyzer;
import org.annals.code.eval.PloverEvaluation;
import org.annals.resolve.KnowledgeBaseActors;
import org.annals.resolve.kb.ActorKnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;

/** {@code annals eval events --plover FILE}: the event coder on PLOVER's gold sentences. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Score the analysis (entities, their countries and events) on the PLOVER gold sentences: category, actor and recipient accuracy, "
                + "full accuracy and events per sentence, for each half of the file (by line order) and in all.")
final class EvalEventsCommand extends BaseCommand {
    @Option(names = "--plover", required = true, paramLabel = "FILE",
            description = "PLOVER_GSR_CAMEO.txt: a JSON array of gold sentences with event, source and target.")
    Path plover;

    @Option(names = "--misses", description = "Also list every sentence not fully right, with what was coded.")
    boolean misses;

    @Override
    public Integer call() {
        PloverEvaluation.Report report;
        try {
            PloverEvaluation evaluation = new PloverEvaluation(StandardAnalyzer.create(
                    new KnowledgeBaseActors(ActorKnowledgeBase.bundled())));
            report = evaluation.run(plover);
        } catch (AnnotatorUnavailableException e) {
            error("models", e.getMessage());
            return ExitCode.INTERNAL;
        } catch (IOException e) {
            return unreadable(plover, e);
        } catch (RuntimeException e) {
            return unreadable(plover, new IllegalArgumentException("not a PLOVER gold file: " + e.getMessage(), e));
        }
        out().print(report.summary());
        if (misses) {
            for (PloverEvaluation.Item i : report.items()) {
                if (!i.full()) {
                    out().printf("%s gold %s %s->%s coded %s %s->%s | %s%n", i.id(), i.gold(), i.goldActors(),
                            i.goldRecipients(), i.coded(), i.actors(), i.recipients(), i.text());
                }
            }
        }
        return ExitCode.OK;
    }
}
