package org.annals.cli;

import org.annals.annotate.AnnotatorUnavailableException;
import org.annals.annotate.corenlp.CoreNlpAnnotator;
import org.annals.annotate.quote.QuoteAttributor;
import org.annals.annotate.quote.QuoteEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** {@code annals eval quotes}: quote finding and attribution against annotated paragraphs. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Score quotes (spans, speakers, kind, cue) against a gold JSON Lines file with gold entities "
                + "(default: eval/quotes/gold.jsonl).")
final class EvalQuotesCommand extends BaseCommand {
    static final String DEFAULT_GOLD = "eval/quotes/gold.jsonl";

    @Mixin
    GoldOptions options;

    @Override
    public Integer call() {
        Path gold = options.gold(DEFAULT_GOLD);
        QuoteEvaluation.Result result;
        try {
            result = new QuoteEvaluation(CoreNlpAnnotator.load()).evaluate(gold, new QuoteAttributor());
        } catch (AnnotatorUnavailableException e) {
            error("models", e.getMessage());
            return ExitCode.INTERNAL;
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            return unreadable(gold, e);
        }
        out().print(result.report());
        result.mismatches().stream().limit(options.mismatches).forEach(m -> out().println(m));
        return ExitCode.OK;
    }
}
