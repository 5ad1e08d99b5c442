package org.annals.cli;

import org.annals.extract.ArticleExtractor;
import org.annals.model.Article;
import org.annals.model.ArticleJson;
import org.annals.source.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;

/** {@code annals extract}: the clean article of every page, without the language layers. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the clean article of every page: one JSON object per article, or the body text.")
final class ExtractCommand extends BaseCommand {
    enum Format { jsonl, text }

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "jsonl|text",
            description = "jsonl (one JSON object per article, the default) or text (the clean body only).")
    Format format;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads, at least 1 (default: the number of cores).")
    Integer threads;

    @Option(names = "--page-timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Seconds one page may take before it is skipped (default: ${DEFAULT-VALUE}).")
    int pageTimeoutSeconds;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files (text, HTML, WARC, feeds, JSON Lines; .gz too), directories, or - for standard input.")
    List<String> inputs;

    private final InputStream stdin;

    ExtractCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        if (threads != null && threads < 1) {
            throw usage(spec, "--threads must be at least 1, not " + threads);
        }
        if (pageTimeoutSeconds < 1) {
            throw usage(spec, "--page-timeout must be at least 1 second, not " + pageTimeoutSeconds);
        }
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        OrderedExtraction run = new OrderedExtraction(new Sources(stdin), ArticleExtractor.standard()::extract,
                workers, Duration.ofSeconds(pageTimeoutSeconds));
        PrintWriter out = out();
        int[] failures = {0};
        run.run(inputs, outcome -> {
            if (outcome instanceof OrderedExtraction.Extracted extracted) {
                print(out, extracted.article());
            } else if (outcome instanceof OrderedExtraction.Failed failed) {
                failures[0]++;
                out.flush();
                error(failed.failure().input(), failed.failure().problem());
            }
            // A closed pipe (`| head`) or a full disk: nobody reads the rest, so stop reading.
            return !out.checkError();
        });
        if (out.checkError()) {
            return ExitCode.INTERNAL;
        }
        return failures[0] == 0 ? ExitCode.OK : ExitCode.INPUT_FAILED;
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
        out.flush();
    }
}
