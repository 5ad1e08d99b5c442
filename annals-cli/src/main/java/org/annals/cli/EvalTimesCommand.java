package org.annals.cli;

import org.annals.annotate.time.TimeEvaluation;
import org.annals.annotate.time.TimeTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** {@code annals eval times}: the time tagger against annotated paragraphs. */
@Command(name = "times", mixinStandardHelpOptions = true,
        description = "Score time expressions (spans and normalised values) against a gold JSON Lines file "
                + "(default: eval/times/gold.jsonl).")
final class EvalTimesCommand extends BaseCommand {
    static final String DEFAULT_GOLD = "eval/times/gold.jsonl";

    @Mixin
    GoldOptions options;

    @Override
    public Integer call() {
        Path gold = options.gold(DEFAULT_GOLD);
        TimeEvaluation.Result result;
        try {
            result = TimeEvaluation.evaluate(gold, new TimeTagger());
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            return unreadable(gold, e);
        }
        out().print(result.summary());
        result.mismatches().stream().limit(options.mismatches).forEach(m -> out().println(m));
        return ExitCode.OK;
    }
}
