package org.annals.archive;

import org.annals.model.ArticleJson;
import org.apache.lucene.document.Document;

/**
 * An article with everything the committing thread needs computed beforehand, on the worker that
 * processed it: its contract JSON, MinHash signature, story terms and index document.
 *
 * @param article   the processed article
 * @param json      its contract JSON line
 * @param minhash   its MinHash signature, empty when the text is too short
 * @param terms     its story terms
 * @param document  its Lucene document
 */
record PreparedArticle(ProcessedArticle article, String json, int[] minhash, long[] terms, Document document) {
    static PreparedArticle of(ProcessedArticle p) {
        return new PreparedArticle(p, ArticleJson.toJsonLine(p.analyzed()), MinHash.of(p.analyzed().article().text()),
                StoryTerms.of(p.analyzed()), IndexedArticle.of(p.analyzed()));
    }

    String id() {
        return article.id();
    }
}
