package org.annals.extract.text;

/**
 * A line with the verdict the classifier gave it and the rule that decided.
 *
 * @param line    the line
 * @param verdict what it looks like
 * @param reason  the deciding rule, in a few words, for debugging and tests
 */
public record LineClass(PageLine line, LineVerdict verdict, String reason) {
    /** The line's text. */
    public String text() {
        return line.text();
    }
}
