package org.annals.source;

import org.annals.model.Source;

/**
 * One document read from an input, before decoding: a file, a WARC record, a feed entry or a
 * JSON Lines row.
 *
 * @param id              the article id: hex SHA-256 of the input's bytes, plus {@code #n} when the input holds several
 * @param source          where it came from
 * @param kind            what the payload holds
 * @param payload         the raw bytes (for {@link PayloadKind#CLEAN_TEXT}, UTF-8 text)
 * @param declaredCharset charset named by the container (HTTP or WARC header), or null
 * @param title           title given by the container (feed entry, JSON Lines), or null
 * @param published       publication time given by the container, or null
 * @param truncated       whether the payload was cut at {@link Sources#MAX_PAGE_BYTES}
 */
public record SourceDocument(String id, Source source, PayloadKind kind, byte[] payload, String declaredCharset,
                             String title, String published, boolean truncated) {

    /** A document read whole; see the canonical constructor. */
    public SourceDocument(String id, Source source, PayloadKind kind, byte[] payload, String declaredCharset,
                          String title, String published) {
        this(id, source, kind, payload, declaredCharset, title, published, false);
    }
}
