package org.annals.cli;

import org.annals.archive.ArchiveReader;
import org.annals.archive.ExportFormat;
import org.annals.archive.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code annals export}: the archive in other formats. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the archive out: jsonl (the article contract, as stored), csv or parquet (the articles "
                + "table), or gdelt (events in the GDELT 2.0 event table's columns, tab-separated).")
final class ExportCommand extends ArchiveCommand {
    @Option(names = "--format", required = true, paramLabel = "jsonl|csv|parquet|gdelt", description = "The output format.")
    ExportFormat format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "The file to write (replaced whole).")
    Path outFile;

    @Override
    public Integer call() {
        return guarded(() -> {
            try (ArchiveReader archive = openReader()) {
                long rows = new Exporter(archive).export(format, outFile);
                err().println("annals: exported " + rows + (format == ExportFormat.gdelt ? " events" : " articles")
                        + " to " + outFile);
                err().flush();
                return ExitCode.OK;
            }
        });
    }
}
