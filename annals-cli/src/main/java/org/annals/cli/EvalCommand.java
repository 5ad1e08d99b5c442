package org.annals.cli;

import picocli.CommandLine.Command;

/** {@code annals eval}: measures Annals against gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure Annals against gold data and print precision, recall and F1.",
        subcommands = {EvalExtractionCommand.class, EvalEntitiesCommand.class, EvalTimesCommand.class, EvalEventsCommand.class,
                EvalQuotesCommand.class})
final class EvalCommand extends BaseCommand {
    @Override
    public Integer call() {
        spec.commandLine().usage(out());
        return ExitCode.USAGE;
    }
}
