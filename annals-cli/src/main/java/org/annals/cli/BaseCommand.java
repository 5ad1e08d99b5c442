package org.annals.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** What every subcommand shares: its output streams and the one-line error format. */
abstract class BaseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Prints {@code annals: WHAT: PROBLEM} on stderr. */
    void error(String what, String problem) {
        err().println("annals: " + what + ": " + problem);
        err().flush();
    }

    /** Thrown for a wrong command line that picocli's own checks cannot see. */
    static CommandLine.ParameterException usage(CommandSpec spec, String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
