package org.annals.archive;

/**
 * What one commit stored.
 *
 * @param batch      the batch number, or -1 when nothing was written
 * @param stored     articles newly stored
 * @param present    articles skipped because the archive already held them
 * @param duplicates stored articles flagged as near-duplicates of earlier ones
 * @param failures   failures recorded
 */
public record CommitResult(long batch, int stored, int present, int duplicates, int failures) {
}
