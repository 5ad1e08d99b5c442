package org.annals.cli;

import org.annals.archive.ArchiveLayout;
import org.annals.archive.ArchiveWriter;
import org.annals.archive.Ingest;
import org.annals.archive.IngestProgress;
import org.annals.serve.ServerOptions;
import org.annals.source.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** {@code annals demo}: ingests the bundled sample corpus into a fresh archive and serves it. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the sample corpus (samples/corpus) into an archive folder with the same pipeline as "
                + "'annals ingest', then serve it like 'annals serve' and print the URL.")
final class DemoCommand extends BaseCommand {
    /** Where the demo archive goes unless --data says otherwise. */
    static final String DEFAULT_DATA = "annals-demo-data";
    /** The sample corpus, relative to the project root. */
    static final Path CORPUS = Path.of("samples", "corpus");

    @Option(names = "--data", paramLabel = "DIR",
            description = "The archive folder (default: ./" + DEFAULT_DATA + ", or a new temporary folder when that "
                    + "name is taken by something else). An archive already there is reused: ingest adds nothing twice.")
    Path data;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "P",
            description = "The port (default: ${DEFAULT-VALUE}, or any free one when that is taken; 0 for any free one).")
    int port;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "The corpus to ingest (default: the project's samples/corpus).")
    Path corpus;

    private final InputStream stdin;

    DemoCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw usage(spec, "--port must be from 0 to 65535, not " + port);
        }
        Path input = corpus != null ? corpus : findCorpus();
        if (input == null || !Files.isDirectory(input)) {
            error("demo", "cannot find the sample corpus" + (input == null ? "" : " at " + input)
                    + "; run from the project folder or pass --corpus DIR");
            return ExitCode.USAGE;
        }
        Path dir;
        try {
            dir = data != null ? data : defaultFolder();
        } catch (IOException e) {
            error("demo", "cannot create a folder for the archive: " + e.getMessage());
            return ExitCode.INTERNAL;
        }
        try {
            ingest(input, dir);
        } catch (org.annals.archive.ArchiveException e) {
            error(dir.toString(), e.getMessage());
            return ExitCode.INTERNAL;
        }
        ServerOptions options = ServerOptions.readOnly(dir, port);
        try {
            return Serving.serveUntilStopped(options, out(), err());
        } catch (io.javalin.util.JavalinBindException e) {
            if (port == 8080) {
                err().println("annals: port 8080 is taken; serving on a free port instead");
                return Serving.serveUntilStopped(ServerOptions.readOnly(dir, 0), out(), err());
            }
            error("127.0.0.1:" + port, "cannot listen there: " + e.getMessage());
            return ExitCode.INTERNAL;
        }
    }

    private void ingest(Path input, Path dir) {
        err().println("annals: ingesting the sample corpus " + input + " into " + dir + " …");
        err().flush();
        try (ArchiveWriter archive = ArchiveWriter.open(dir)) {
            Ingest ingest = new Ingest(archive, new Sources(stdin), ArchivePipeline.processor(),
                    Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(30));
            IngestProgress done = ingest.run(List.of(input.toString()), p -> { });
            err().println(String.format(Locale.ROOT,
                    "annals: %d articles stored, %d already there, %d failures (%.1f s)",
                    done.stored(), done.present(), done.failures(), done.seconds()));
            err().flush();
        }
    }

    /**
     * ./annals-demo-data when it is free, empty or already an archive; otherwise a new temporary
     * folder, so a folder of the user's that happens to have the name is never written into.
     */
    private Path defaultFolder() throws IOException {
        Path dir = Path.of(DEFAULT_DATA);
        if (!Files.exists(dir) || Files.exists(new ArchiveLayout(dir).marker()) || isEmptyDir(dir)) {
            return dir;
        }
        Path tmp = Files.createTempDirectory("annals-demo-");
        err().println("annals: ./" + DEFAULT_DATA + " holds something else; using " + tmp);
        return tmp;
    }

    private static boolean isEmptyDir(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** samples/corpus in the working folder, else beside the project the running jar was built in. */
    private static Path findCorpus() {
        if (Files.isDirectory(CORPUS)) {
            return CORPUS;
        }
        try {
            var source = DemoCommand.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            // annals-cli/target/annals.jar (or target/classes) → the project root, three or two levels up.
            Path p = Path.of(source.getLocation().toURI());
            for (int up = 0; up < 4 && p != null; up++) {
                p = p.getParent();
                if (p != null && Files.isDirectory(p.resolve(CORPUS))) {
                    return p.resolve(CORPUS);
                }
            }
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null;
        }
        return null;
    }
}
