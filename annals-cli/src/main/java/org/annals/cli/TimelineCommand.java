package org.annals.cli;

import org.annals.archive.ArchiveQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code annals timeline}: one actor's events and quotes in date order. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "List the events and quotes of one actor in date order.")
final class TimelineCommand extends ArchiveCommand {
    @Option(names = "--format", defaultValue = "table", paramLabel = "table|jsonl", description = "table (the default) or jsonl.")
    ResultPrinter.Format format;

    @Option(names = "--limit", defaultValue = "1000", paramLabel = "N", description = "Most rows (default: ${DEFAULT-VALUE}).")
    int limit;

    @Parameters(index = "0", paramLabel = "ACTOR", description = "The actor's name, knowledge-base id or canonical id.")
    String actor;

    @Override
    public Integer call() {
        return printRows(ArchiveQueries.timeline(actor, limit), format);
    }
}
