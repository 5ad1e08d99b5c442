package org.annals.archive;

import org.annals.model.AnalyzedArticle;
import org.annals.source.SourceDocument;

/** The pipeline the archive runs on every document it stores: from raw document to analysed article. */
@FunctionalInterface
public interface ArticleProcessor {
    /** Reads one document into its article and language layers; must be thread-safe. */
    AnalyzedArticle process(SourceDocument doc);
}
