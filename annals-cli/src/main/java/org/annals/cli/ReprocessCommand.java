package org.annals.cli;

import org.annals.archive.ArchiveWriter;
import org.annals.archive.Reprocess;
import picocli.CommandLine.Command;

import java.util.Locale;

/** {@code annals reprocess}: every article derived anew from its raw bytes with the current pipeline. */
@Command(name = "reprocess", mixinStandardHelpOptions = true,
        description = "Re-derive every article from the raw store with the current pipeline, replacing its rows "
                + "and index entry a batch at a time.")
final class ReprocessCommand extends ArchiveCommand {
    @Override
    public Integer call() {
        return guarded(() -> {
            boolean terminal = System.console() != null;
            long start = System.nanoTime();
            try (ArchiveWriter archive = ArchiveWriter.open(data)) {
                Reprocess.Counts counts = new Reprocess(archive, ArchivePipeline.processor()).run(c -> {
                    if (terminal) {
                        err().print("\r" + c.reprocessed() + " articles reprocessed\033[K");
                        err().flush();
                    }
                });
                if (terminal) {
                    err().print("\r\033[K");
                }
                err().println(String.format(Locale.ROOT, "annals: reprocessed %d articles in %.1f s; %d kept their "
                        + "old analysis (raw bytes missing or pipeline failed)", counts.reprocessed(),
                        (System.nanoTime() - start) / 1e9, counts.failed()));
                err().flush();
                return counts.failed() == 0 ? ExitCode.OK : ExitCode.INPUT_FAILED;
            }
        });
    }
}
