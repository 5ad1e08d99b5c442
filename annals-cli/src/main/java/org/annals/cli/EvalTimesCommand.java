package org.annals.cli;

import org.annals.annotate.time.TimeEvaluation;
import org.annals.annotate.time.TimeTagger;
import org.annals.source.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** {@code annals eval times}: the time tagger against annotated paragraphs. */
@Command(name = "times", mixinStandardHelpOptions = true,
        description = "Score time expressions (spans and normalised values) against a gold JSON Lines file.")
final class EvalTimesCommand extends BaseCommand {
    @Option(names = "--gold", defaultValue = "eval/times/gold.jsonl", paramLabel = "FILE",
            description = "Gold paragraphs with their time expressions (default: ${DEFAULT-VALUE}).")
    Path gold;

    @Option(names = "--mismatches", paramLabel = "N", defaultValue = "0",
            description = "Also list up to N mismatches.")
    int mismatches;

    @Override
    public Integer call() {
        TimeEvaluation.Result result;
        try {
            result = TimeEvaluation.evaluate(gold, new TimeTagger());
        } catch (IOException e) {
            error(gold.toString(), Sources.describe(e));
            return ExitCode.INPUT_FAILED;
        } catch (UncheckedIOException | IllegalArgumentException e) {
            error(gold.toString(), e.getMessage());
            return ExitCode.INPUT_FAILED;
        }
        out().print(result.summary());
        result.mismatches().stream().limit(mismatches).forEach(m -> out().println(m));
        return ExitCode.OK;
    }
}
