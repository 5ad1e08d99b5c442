package org.annals.archive;

/**
 * What an archive holds.
 *
 * @param articles   stored articles
 * @param entities   actors across articles (distinct canonical ids)
 * @param mentions   entity mentions
 * @param events     coded events
 * @param quotes     quotes
 * @param stories    story clusters
 * @param duplicates articles flagged as near-duplicates of earlier ones
 * @param failures   inputs or documents that could not be stored
 */
public record ArchiveStats(long articles, long entities, long mentions, long events, long quotes, long stories,
                           long duplicates, long failures) {
}
