package org.annals.cli;

import org.annals.model.AnalyzedArticle;
import org.annals.model.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.InputStream;
import java.io.PrintWriter;

/** {@code annals analyze}: every article with its entities, times, quotes and events. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Print every article with its language layers (entities, times, quotes, events): one JSON object per article.")
final class AnalyzeCommand extends AnalysingCommand {
    enum Format { jsonl }

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "jsonl",
            description = "jsonl: one JSON object per article (the default and only format).")
    Format format;

    AnalyzeCommand(InputStream stdin) {
        super(stdin);
    }

    @Override
    void print(PrintWriter out, AnalyzedArticle analyzed) {
        out.println(ArticleJson.toJsonLine(analyzed));
    }
}
