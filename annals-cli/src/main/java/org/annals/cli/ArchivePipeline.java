package org.annals.cli;

import org.annals.analyze.ArticleAnalyzer;
import org.annals.archive.ArticleProcessor;
import org.annals.code.StandardAnalyzer;
import org.annals.extract.ArticleExtractor;
import org.annals.resolve.KnowledgeBaseActors;
import org.annals.resolve.kb.ActorKnowledgeBase;

/** The pipeline the archive commands run on every document: one place to change what is stored. */
final class ArchivePipeline {
    private ArchivePipeline() {
    }

    /**
     * The whole pipeline: extraction, then every language layer and events, as {@code annals analyze}.
     *
     * @throws org.annals.annotate.AnnotatorUnavailableException when the language models cannot be loaded
     */
    static ArticleProcessor processor() {
        ArticleExtractor extractor = ArticleExtractor.standard();
        ArticleAnalyzer analyzer = StandardAnalyzer.create(new KnowledgeBaseActors(ActorKnowledgeBase.bundled()));
        return doc -> analyzer.analyze(extractor.extract(doc));
    }
}
