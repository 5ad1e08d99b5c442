package org.annals.extract.text;

/**
 * One non-blank line of a plain-text page, whitespace normalised.
 *
 * @param index      position among the page's non-blank lines
 * @param text       the line, stripped, with runs of spaces collapsed to one
 * @param cells      how many items the raw line holds when split at tabs or wide gaps (menus print that way)
 */
public record PageLine(int index, String text, int cells) {
}
