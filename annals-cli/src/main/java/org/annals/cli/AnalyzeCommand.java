package org.annals.cli;

import org.annals.analyze.ArticleAnalyzer;
import org.annals.annotate.AnnotatorUnavailableException;
import org.annals.code.StandardAnalyzer;
import org.annals.extract.ArticleExtractor;
import org.annals.model.ArticleJson;
import org.annals.resolve.KnowledgeBaseActors;
import org.annals.resolve.kb.ActorKnowledgeBase;
import org.annals.resolve.kb.KnowledgeBaseException;
import org.annals.source.Sources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
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

    @Mixin
    PageInputs pages;

    @Option(names = "--actors", paramLabel = "FILE",
            description = "An actor file of your own (TSV, in the format of the bundled knowledge base) adding to or "
                    + "correcting it; may be given several times.")
    List<Path> actorFiles = List.of();

    private final InputStream stdin;

    AnalyzeCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        int threads = workers.workers(spec);
        Duration timeout = workers.pageTimeout(spec, 60);
        ActorKnowledgeBase knowledge;
        try {
            knowledge = actorFiles.isEmpty() ? ActorKnowledgeBase.bundled() : ActorKnowledgeBase.load(actorFiles);
        } catch (KnowledgeBaseException e) {
            for (String problem : e.problems()) {
                err().println("annals: " + oneLine(problem));
            }
            err().flush();
            return ExitCode.INPUT_FAILED;
        }
        ArticleAnalyzer analyzer;
        try {
            analyzer = StandardAnalyzer.create(new KnowledgeBaseActors(knowledge));
        } catch (AnnotatorUnavailableException e) {
            error("models", e.getMessage());
            return ExitCode.INTERNAL;
        }
        ArticleExtractor extractor = ArticleExtractor.standard();
        OrderedExtraction run = new OrderedExtraction(new Sources(stdin),
                document -> analyzer.analyze(extractor.extract(document)), threads, timeout);
        PrintWriter out = out();
        return runPages(run, pages.inputs, analyzed -> out.println(ArticleJson.toJsonLine(analyzed)));
    }
}
