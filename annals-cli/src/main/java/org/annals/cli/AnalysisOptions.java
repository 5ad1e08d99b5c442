package org.annals.cli;

import org.annals.analyze.ArticleAnalyzer;
import org.annals.annotate.AnnotatorUnavailableException;
import org.annals.code.StandardAnalyzer;
import org.annals.extract.ArticleExtractor;
import org.annals.resolve.KnowledgeBaseActors;
import org.annals.resolve.kb.ActorKnowledgeBase;
import org.annals.resolve.kb.KnowledgeBaseException;
import org.annals.source.Sources;
import picocli.CommandLine.Option;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The whole analysis as the commands that analyse pages build it, with the user's own actor files. */
final class AnalysisOptions {
    @Option(names = "--actors", paramLabel = "FILE",
            description = "An actor file of your own (TSV, in the format of the bundled knowledge base) adding to or "
                    + "correcting it; may be given several times.")
    List<Path> actorFiles = List.of();

    /** Thrown once the problem has been printed: the command ends with {@code status}. */
    static final class Unavailable extends Exception {
        final int status;

        Unavailable(int status) {
            super(null, null, false, false);
            this.status = status;
        }
    }

    /**
     * Extraction then analysis of every page of the inputs, on {@code threads} workers; a bad actor
     * file or models that cannot be loaded are reported on {@code command}'s stderr.
     */
    OrderedExtraction run(BaseCommand command, InputStream stdin, int threads, Duration pageTimeout)
            throws Unavailable {
        ActorKnowledgeBase knowledge;
        try {
            knowledge = actorFiles.isEmpty() ? ActorKnowledgeBase.bundled() : ActorKnowledgeBase.load(actorFiles);
        } catch (KnowledgeBaseException e) {
            for (String problem : e.problems()) {
                command.err().println("annals: " + BaseCommand.oneLine(problem));
            }
            command.err().flush();
            throw new Unavailable(ExitCode.INPUT_FAILED);
        }
        ArticleAnalyzer analyzer;
        try {
            analyzer = StandardAnalyzer.create(new KnowledgeBaseActors(knowledge));
        } catch (AnnotatorUnavailableException e) {
            command.error("models", e.getMessage());
            throw new Unavailable(ExitCode.INTERNAL);
        }
        ArticleExtractor extractor = ArticleExtractor.standard();
        return new OrderedExtraction(new Sources(stdin), document -> analyzer.analyze(extractor.extract(document)),
                threads, pageTimeout);
    }
}
