package org.annals.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import org.annals.model.AnalyzedArticle;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;
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

    /** Prints {@code annals: WHAT: PROBLEM} on stderr, on one line whatever the file's name holds. */
    void error(String what, String problem) {
        err().println("annals: " + oneLine(what) + ": " + oneLine(problem));
        err().flush();
    }

    /** Prints why a gold or input file could not be read and gives the matching exit status. */
    int unreadable(java.nio.file.Path file, Exception e) {
        error(file.toString(), e instanceof java.io.IOException io ? org.annals.source.Sources.describe(io)
                : String.valueOf(e.getMessage()));
        return ExitCode.INPUT_FAILED;
    }

    /** Control characters (a line break in a file name, say) written as escapes. */
    static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /**
     * Runs the pages of {@code inputs}, printing each article with {@code print} in input order and
     * each failure on stderr; stops early when the output is gone (a closed pipe, a full disk).
     */
    int runPages(OrderedExtraction run, List<String> inputs, Consumer<AnalyzedArticle> print) {
        PrintWriter out = out();
        int[] failures = {0};
        run.run(inputs, outcome -> {
            if (outcome instanceof OrderedExtraction.Extracted extracted) {
                print.accept(extracted.analyzed());
                out.flush();
            } else if (outcome instanceof OrderedExtraction.Failed failed) {
                failures[0]++;
                out.flush();
                error(failed.failure().input(), failed.failure().problem());
            }
            return !out.checkError();
        });
        if (out.checkError()) {
            return ExitCode.INTERNAL;
        }
        return failures[0] == 0 ? ExitCode.OK : ExitCode.INPUT_FAILED;
    }

    /** Thrown for a wrong command line that picocli's own checks cannot see. */
    static CommandLine.ParameterException usage(CommandSpec spec, String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
