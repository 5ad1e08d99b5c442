package org.annals.source;

/** Receives what a source reads: documents, and failures for the parts it could not read. */
public interface DocumentSink {
    void document(SourceDocument document);

    void failure(SourceFailure failure);
}
