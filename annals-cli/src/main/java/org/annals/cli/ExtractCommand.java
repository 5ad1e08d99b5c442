package org.annals.cli;

import org.annals.extract.ArticleExtractor;
import org.annals.model.AnalyzedArticle;
import org.annals.model.Article;
import org.annals.model.ArticleJson;
import org.annals.source.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;

/** {@code annals extract}: the clean article of every page, without the language layers. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the clean article of every page: one JSON object per article, or the body text.")
final class ExtractCommand extends BaseCommand {
    enum Format { jsonl, text }

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "jsonl|text",
            description = "jsonl (one JSON object per article, the default) or text (the clean body only).")
    Format format;

    @Mixin
    WorkerOptions workers;

    @Mixin
    PageInputs pages;

    private final InputStream stdin;

    ExtractCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        ArticleExtractor extractor = ArticleExtractor.standard();
        OrderedExtraction run = new OrderedExtraction(new Sources(stdin),
                document -> AnalyzedArticle.of(extractor.extract(document)), workers.workers(spec),
                workers.pageTimeout(spec, 30));
        PrintWriter out = out();
        return runPages(run, pages.inputs, analyzed -> print(out, analyzed.article()));
    }

    private void print(PrintWriter out, Article article) {
        if (format == Format.jsonl) {
            out.println(ArticleJson.toJsonLine(article));
        } else {
            if (!article.text().isEmpty()) {
                out.println(article.text());
                out.println();
            }
        }
    }
}
