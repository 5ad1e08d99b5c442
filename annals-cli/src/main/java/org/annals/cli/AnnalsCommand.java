package org.annals.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The top-level {@code annals} command: lists the subcommands. */
@Command(name = "annals",
        mixinStandardHelpOptions = true,
        versionProvider = AnnalsCommand.Version.class,
        description = "Turns raw news pages into a clean, searchable record of who did what to whom.",
        subcommands = {DemoCommand.class, ExtractCommand.class, AnalyzeCommand.class, ExplainCommand.class,
                IngestCommand.class, SearchCommand.class, EventsCommand.class, QuotesCommand.class, TimelineCommand.class,
                StatsCommand.class, SqlCommand.class, ExportCommand.class, ReprocessCommand.class, FailuresCommand.class,
                ServeCommand.class, EvalCommand.class,
                CommandLine.HelpCommand.class})
final class AnnalsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = AnnalsCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[]{"annals " + p.getProperty("version", "unknown"),
                    "Java " + System.getProperty("java.version")};
        }
    }
}
