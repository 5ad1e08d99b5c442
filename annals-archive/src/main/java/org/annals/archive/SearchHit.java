package org.annals.archive;

/**
 * One article found by a search.
 *
 * @param id        the article id
 * @param title     its title, or null
 * @param published its publication time as stored, or null
 * @param source    where it came from (file or URL)
 * @param score     BM25 score
 * @param snippet   a passage of the text with the matches in {@code <b>…</b>}
 */
public record SearchHit(String id, String title, String published, String source, double score, String snippet) {
}
