package org.annals.cli;

import org.annals.archive.ArticleProcessor;
import org.annals.extract.ArticleExtractor;
import org.annals.model.AnalyzedArticle;

/** The pipeline the archive commands run on every document: one place to change what is stored. */
final class ArchivePipeline {
    private ArchivePipeline() {
    }

    /** Extraction only for now; the language layers come in when analysis is wired in. */
    static ArticleProcessor processor() {
        ArticleExtractor extractor = ArticleExtractor.standard();
        return doc -> AnalyzedArticle.of(extractor.extract(doc));
    }
}
