package org.annals.cli;

import org.annals.archive.ArchiveQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code annals quotes}: who said what, across the archive. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "List the archive's quotes in date order, with their speakers.")
final class QuotesCommand extends ArchiveCommand {
    @Option(names = "--format", defaultValue = "table", paramLabel = "table|jsonl", description = "table (the default) or jsonl.")
    ResultPrinter.Format format;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only quotes of this speaker.")
    String speaker;

    @Option(names = "--from", paramLabel = "D", description = "Published on or after this day (YYYY[-MM[-DD]]).")
    String from;

    @Option(names = "--to", paramLabel = "D", description = "Published on or before this day (YYYY[-MM[-DD]]).")
    String to;

    @Option(names = "--limit", defaultValue = "1000", paramLabel = "N", description = "Most rows (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        var query = ArchiveQueries.quotes(speaker, firstDay(from, "--from"), lastDay(to, "--to"), limit);
        return printRows(query, format);
    }
}
