package org.annals.archive;

import java.time.LocalDate;

/**
 * A full-text search with its filters and the window of hits wanted.
 *
 * @param query    Lucene query syntax over title, text, entities and outlet
 * @param from     first publication day, or null
 * @param to       last publication day, or null
 * @param actor    only articles with an entity of this name (or knowledge-base id), or null
 * @param category only articles with an event of this PLOVER category, or null
 * @param outlet   only articles whose publisher or source host holds this name (as a phrase), or null
 * @param offset   how many of the best hits to skip (paging), at least 0
 * @param limit    most hits to return, at least 1
 */
public record SearchQuery(String query, LocalDate from, LocalDate to, String actor, String category, String outlet,
                          int offset, int limit) {
    /** Checks the window. */
    public SearchQuery {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be at least 0 and limit at least 1, not "
                    + offset + " and " + limit);
        }
    }

    /** The first {@code limit} hits of a search without an outlet filter. */
    public static SearchQuery top(String query, LocalDate from, LocalDate to, String actor, String category, int limit) {
        return new SearchQuery(query, from, to, actor, category, null, 0, limit);
    }
}
