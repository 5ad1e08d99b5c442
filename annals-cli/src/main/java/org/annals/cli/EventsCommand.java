package org.annals.cli;

import org.annals.archive.ArchiveQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code annals events}: coded events across the archive. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "List the archive's events in date order: who did what to whom, where, with the evidence.")
final class EventsCommand extends ArchiveCommand {
    @Option(names = "--format", defaultValue = "table", paramLabel = "table|jsonl", description = "table (the default) or jsonl.")
    ResultPrinter.Format format;

    @Option(names = "--actor", paramLabel = "NAME", description = "Only events with this actor or recipient.")
    String actor;

    @Option(names = "--category", paramLabel = "C", description = "Only events of this PLOVER category (CONSULT, …).")
    String category;

    @Option(names = "--from", paramLabel = "D", description = "On or after this day (YYYY[-MM[-DD]]).")
    String from;

    @Option(names = "--to", paramLabel = "D", description = "On or before this day (YYYY[-MM[-DD]]).")
    String to;

    @Option(names = "--limit", defaultValue = "1000", paramLabel = "N", description = "Most rows (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        var query = ArchiveQueries.events(actor, category, firstDay(from, "--from"), lastDay(to, "--to"), limit);
        return printRows(query, format);
    }
}
