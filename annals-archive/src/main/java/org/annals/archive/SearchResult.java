package org.annals.archive;

import java.util.List;

/**
 * One page of a search.
 *
 * @param total how many articles match, exactly
 * @param hits  the requested window of them, best first, with snippets
 */
public record SearchResult(long total, List<SearchHit> hits) {
    /** Copies the hits. */
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
