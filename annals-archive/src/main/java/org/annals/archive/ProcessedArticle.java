package org.annals.archive;

import org.annals.model.AnalyzedArticle;
import org.annals.source.PayloadKind;
import org.annals.source.SourceDocument;

/**
 * An article ready to be committed: the analysis, and what is needed to re-derive it from the
 * raw store (the payload's hash and the container facts the source gave beside the bytes).
 *
 * @param input             the input as the user named it
 * @param rawSha256         hex SHA-256 of the payload, its name in the raw store
 * @param kind              what the payload holds
 * @param declaredCharset   charset named by the container, or null
 * @param containerTitle    title given by the container, or null
 * @param containerPublished publication time given by the container, or null
 * @param truncated         whether the payload was cut
 * @param analyzed          the article and its language layers
 */
public record ProcessedArticle(String input, String rawSha256, PayloadKind kind, String declaredCharset,
                               String containerTitle, String containerPublished, boolean truncated,
                               AnalyzedArticle analyzed) {
    /** The container facts of a document, with its analysis. */
    public static ProcessedArticle of(String input, String rawSha256, SourceDocument doc, AnalyzedArticle analyzed) {
        return new ProcessedArticle(input, rawSha256, doc.kind(), doc.declaredCharset(), doc.title(),
                doc.published(), doc.truncated(), analyzed);
    }

    /** The document as the source gave it, rebuilt around payload bytes read back from the raw store. */
    public SourceDocument document(byte[] payload) {
        return new SourceDocument(analyzed.article().id(), analyzed.article().source(), kind, payload,
                declaredCharset, containerTitle, containerPublished, truncated);
    }

    /** The article id. */
    public String id() {
        return analyzed.article().id();
    }
}
