package org.annals.extract.text;

/**
 * A line with the part it plays on its page.
 *
 * @param line      the classified line
 * @param role      its part
 * @param inTrailer whether it stands after the article, among lists of other articles and footers
 */
public record PlacedLine(LineClass line, LineRole role, boolean inTrailer) {
    /** The line's text. */
    public String text() {
        return line.text();
    }
}
