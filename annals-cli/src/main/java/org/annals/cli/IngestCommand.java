package org.annals.cli;

import org.annals.archive.ArchiveWriter;
import org.annals.archive.Ingest;
import org.annals.archive.IngestProgress;
import org.annals.source.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** {@code annals ingest}: runs inputs into the archive, crash-safe and idempotent. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Store every article of the inputs in the archive: raw bytes, tables and search index. "
                + "Ingesting the same input again adds nothing; an interrupted run is finished by running it again.")
final class IngestCommand extends ArchiveCommand {
    @Mixin
    WorkerOptions workers;

    @Mixin
    PageInputs pages;

    private final InputStream stdin;

    IngestCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        int threads = workers.workers(spec);
        Duration pageTimeout = workers.pageTimeout(spec, 60);
        return guarded(() -> {
            boolean terminal = System.console() != null;
            try (ArchiveWriter archive = ArchiveWriter.open(data)) {
                if (archive.reconciled() > 0) {
                    err().println("annals: the search index caught up with the database after an interrupted run ("
                            + archive.reconciled() + " documents)");
                }
                Ingest ingest = new Ingest(archive, new Sources(stdin), ArchivePipeline.processor(), threads,
                        pageTimeout);
                IngestProgress done = ingest.run(pages.inputs, p -> {
                    if (terminal) {
                        err().print("\r" + progressLine(p) + "\033[K");
                        err().flush();
                    }
                });
                if (terminal) {
                    err().print("\r\033[K");
                }
                err().println(String.format(Locale.ROOT,
                        "annals: ingested %d articles in %.1f s (%.1f/s); %d already archived, %d near-duplicates, "
                                + "%d failures; archive %s",
                        done.stored(), done.seconds(), done.rate(), done.present(), done.duplicates(),
                        done.failures(), archive.layout().dir()));
                err().flush();
                return done.failures() == 0 ? ExitCode.OK : ExitCode.INPUT_FAILED;
            }
        });
    }

    static String progressLine(IngestProgress p) {
        double eta = p.etaSeconds();
        return String.format(Locale.ROOT, "%,d articles  %.1f/s  %s  %d failures", p.stored(), p.rate(),
                eta < 0 ? "ETA ?" : "ETA " + clock(eta), p.failures());
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
