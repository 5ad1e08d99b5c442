package org.annals.cli;

import org.annals.archive.ArchiveQueries;
import org.annals.archive.ArchiveReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

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
        return guarded(() -> {
            try (ArchiveReader archive = openReader();
                 PreparedStatement st = archive.prepare(ArchiveQueries.timeline(actor, limit));
                 ResultSet rs = st.executeQuery()) {
                ResultPrinter.print(rs, format, out());
                return ExitCode.OK;
            }
        });
    }
}
