package org.annals.cli;

import org.annals.serve.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code annals serve}: the web UI and REST API over an archive. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the archive: search, article reader with highlighted evidence, actor pages, events "
                + "table, and the REST API under /api (OpenAPI at /api/openapi.json). Binds 127.0.0.1 unless "
                + "--host says otherwise.")
final class ServeCommand extends ArchiveCommand {
    @Option(names = "--port", defaultValue = "8080", paramLabel = "P",
            description = "The port (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "H",
            description = "The address to bind (default: ${DEFAULT-VALUE}); another one makes the archive "
                    + "reachable from other machines.")
    String host;

    @Option(names = "--token", paramLabel = "T",
            description = "Enable POST /api/ingest for requests with 'Authorization: Bearer T' (also read from "
                    + "ANNALS_TOKEN). Reads pause while a posted page is stored.")
    String token;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw usage(spec, "--port must be from 0 to 65535, not " + port);
        }
        String t = token != null ? token : System.getenv("ANNALS_TOKEN");
        if (t != null && t.strip().length() < 12) {
            throw usage(spec, "--token must be at least 12 characters");
        }
        ServerOptions options = new ServerOptions(data, host, port, t == null ? null : t.strip(),
                t == null ? null : ArchivePipeline.processor(), ServerOptions.DEFAULT_MAX_BODY,
                ServerOptions.DEFAULT_QUERY_TIMEOUT);
        return guarded(() -> {
            try {
                return Serving.serveUntilStopped(options, out(), err());
            } catch (io.javalin.util.JavalinBindException e) {
                error(host + ":" + port, "cannot listen there: " + e.getMessage());
                return ExitCode.INTERNAL;
            }
        });
    }
}
