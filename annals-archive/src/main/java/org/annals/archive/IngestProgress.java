package org.annals.archive;

/**
 * Where an ingest run stands.
 *
 * @param stored     articles newly stored so far
 * @param present    documents skipped because the archive already held them
 * @param duplicates stored articles flagged as near-duplicates
 * @param failures   failures recorded so far
 * @param bytesRead  input bytes read so far (whole files, as their reading finishes)
 * @param bytesTotal input bytes in all (files and directories named), or 0 when unknown (standard input)
 * @param seconds    time since the run started
 */
public record IngestProgress(long stored, long present, long duplicates, long failures, long bytesRead,
                             long bytesTotal, double seconds) {
    /** Articles stored per second. */
    public double rate() {
        return seconds <= 0 ? 0 : stored / seconds;
    }

    /** Estimated seconds left, by the share of input bytes read, or -1 when unknown. */
    public double etaSeconds() {
        if (bytesTotal <= 0 || bytesRead <= 0 || seconds <= 0) {
            return -1;
        }
        return Math.max(0, seconds * (bytesTotal - bytesRead) / bytesRead);
    }
}
