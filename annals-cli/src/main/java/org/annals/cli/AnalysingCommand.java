package org.annals.cli;

import org.annals.model.AnalyzedArticle;
import picocli.CommandLine.Mixin;

import java.io.InputStream;
import java.io.PrintWriter;

/** A command that analyses its pages as {@code annals analyze} does and prints each article its own way. */
abstract class AnalysingCommand extends BaseCommand {
    @Mixin
    WorkerOptions workers;

    @Mixin
    PageInputs pages;

    @Mixin
    AnalysisOptions analysis;

    private final InputStream stdin;

    AnalysingCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        OrderedExtraction run;
        try {
            run = analysis.run(this, stdin, workers.workers(spec), workers.pageTimeout(spec, 60));
        } catch (AnalysisOptions.Unavailable e) {
            return e.status;
        }
        PrintWriter out = out();
        return runPages(run, pages.inputs, analyzed -> print(out, analyzed));
    }

    /** Prints one analysed article. */
    abstract void print(PrintWriter out, AnalyzedArticle analyzed);
}
