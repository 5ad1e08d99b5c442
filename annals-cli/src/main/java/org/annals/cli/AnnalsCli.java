package org.annals.cli;

import picocli.CommandLine;

import java.io.InputStream;
import java.io.PrintWriter;

/** Builds the whole command line around given streams, so tests drive it in-process. */
public final class AnnalsCli {
    private AnnalsCli() {
    }

    /**
     * Runs one annals command line.
     *
     * @return the exit status, one of {@link ExitCode}
     */
    public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new AnnalsCommand(), new Factory(in));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("annals: internal error: " + BaseCommand.oneLine(String.valueOf(e)));
            commandLine.getErr().flush();
            return ExitCode.INTERNAL;
        });
        int status = cli.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /** Gives commands that need standard input the stream this CLI was built with. */
    private static final class Factory implements CommandLine.IFactory {
        private final InputStream in;
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        Factory(InputStream in) {
            this.in = in;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == ExtractCommand.class) {
                return cls.cast(new ExtractCommand(in));
            }
            if (cls == AnalyzeCommand.class) {
                return cls.cast(new AnalyzeCommand(in));
            }
            if (cls == ExplainCommand.class) {
                return cls.cast(new ExplainCommand(in));
            }
            if (cls == IngestCommand.class) {
                return cls.cast(new IngestCommand(in));
            }
            if (cls == DemoCommand.class) {
                return cls.cast(new DemoCommand(in));
            }
            return fallback.create(cls);
        }
    }
}
