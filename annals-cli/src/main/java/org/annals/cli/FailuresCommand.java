package org.annals.cli;

import org.annals.archive.ArchiveQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code annals failures}: inputs and documents that could not be stored. */
@Command(name = "failures", mixinStandardHelpOptions = true,
        description = "List the inputs and documents that could not be stored, with the reason, latest first.")
final class FailuresCommand extends ArchiveCommand {
    @Option(names = "--format", defaultValue = "table", paramLabel = "table|jsonl",
            description = "table (the default) or jsonl.")
    ResultPrinter.Format format;

    @Option(names = "--limit", defaultValue = "1000", paramLabel = "N", description = "Most rows (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        return printRows(ArchiveQueries.failures(limit), format);
    }
}
