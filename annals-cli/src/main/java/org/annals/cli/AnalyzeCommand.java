package org.annals.cli;

import org.annals.analyze.ArticleAnalyzer;
import org.annals.analyze.EventCoder;
import org.annals.annotate.AnnotatorUnavailableException;
import org.annals.annotate.corenlp.CoreNlpAnnotator;
import org.annals.extract.ArticleExtractor;
import org.annals.model.ArticleJson;
import org.annals.resolve.ActorKnowledge;
import org.annals.resolve.EntityResolver;
import org.annals.source.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;

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

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files (text, HTML, WARC, feeds, JSON Lines; .gz too), directories, or - for standard input.")
    List<String> inputs;

    private final InputStream stdin;
    private final ActorKnowledge knowledge;

    AnalyzeCommand(InputStream stdin, ActorKnowledge knowledge) {
        this.stdin = stdin;
        this.knowledge = knowledge;
    }

    @Override
    public Integer call() {
        int threads = workers.workers(spec);
        Duration timeout = workers.pageTimeout(spec, 60);
        ArticleAnalyzer analyzer;
        try {
            analyzer = new ArticleAnalyzer(CoreNlpAnnotator.load(), new EntityResolver(knowledge), EventCoder.NONE);
        } catch (AnnotatorUnavailableException e) {
            error("models", e.getMessage());
            return ExitCode.INTERNAL;
        }
        ArticleExtractor extractor = ArticleExtractor.standard();
        OrderedExtraction run = new OrderedExtraction(new Sources(stdin),
                document -> analyzer.analyze(extractor.extract(document)), threads, timeout);
        PrintWriter out = out();
        return runPages(run, inputs, analyzed -> out.println(ArticleJson.toJsonLine(analyzed)));
    }
}
