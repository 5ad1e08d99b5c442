package org.annals.archive;

import java.time.LocalDate;

/**
 * A full-text search with its filters.
 *
 * @param query    Lucene query syntax over title, text, entities and outlet
 * @param from     first publication day, or null
 * @param to       last publication day, or null
 * @param actor    only articles with an entity of this name (or knowledge-base id), or null
 * @param category only articles with an event of this PLOVER category, or null
 * @param limit    most hits to return
 */
public record SearchQuery(String query, LocalDate from, LocalDate to, String actor, String category, int limit) {
}
