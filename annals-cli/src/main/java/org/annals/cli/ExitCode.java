package org.annals.cli;

/** The exit statuses of every annals command. */
public final class ExitCode {
    /** Everything worked. */
    public static final int OK = 0;
    /** At least one input could not be read or extracted; the others were processed. */
    public static final int INPUT_FAILED = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** A bug or an environment problem (output closed or disk full, say) stopped the command. */
    public static final int INTERNAL = 3;

    private ExitCode() {
    }
}
