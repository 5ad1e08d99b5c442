package org.annals.source;

/**
 * What came of reading one input.
 *
 * @param documents documents handed to the sink
 * @param failures  failures handed to the sink
 * @param skipped   parts passed over on purpose: WARC records that hold no page (requests,
 *                  metadata, images, PDFs, redirects), feed entries with no body
 */
public record SourceStats(int documents, int failures, int skipped) {
}
