package org.annals.extract;

/**
 * Thrown inside an extractor when its thread was interrupted, e.g. because the page ran past its
 * time limit: the loops over a page's nodes and lines check for it, so a runaway page really stops.
 */
public final class PageInterruptedException extends RuntimeException {
    public PageInterruptedException() {
        super("page extraction interrupted", null, false, false);
    }

    /** Throws when the current thread has been interrupted; cheap enough to call once per node or line. */
    public static void checkInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new PageInterruptedException();
        }
    }
}
