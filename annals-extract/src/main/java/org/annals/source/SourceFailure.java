package org.annals.source;

/**
 * An input, or a part of one, that could not be read.
 *
 * @param input   the input as the user named it, with {@code #n} or {@code :LINE} for a part
 * @param problem what is wrong, in one line
 */
public record SourceFailure(String input, String problem) {
    @Override
    public String toString() {
        return input + ": " + problem;
    }
}
