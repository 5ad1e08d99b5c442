package org.annals.cli;

import org.annals.model.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.InputStream;
import java.io.PrintWriter;

/** {@code annals analyze}: every article with its entities, times, quotes and events. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Print every article with its language layers (entities, times, quotes, events): one JSON object per article.")
final class AnalyzeCommand extends BaseCommand {
    enum Format { jsonl }

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "jsonl",
            description = "jsonl: one JSON object per article (the default and only format).")
    Format format;

    @Mixin
    WorkerOptions workers;

    @Mixin
    PageInputs pages;

    @Mixin
    AnalysisOptions analysis;

    private final InputStream stdin;

    AnalyzeCommand(InputStream stdin) {
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
        return runPages(run, pages.inputs, analyzed -> out.println(ArticleJson.toJsonLine(analyzed)));
    }
}
