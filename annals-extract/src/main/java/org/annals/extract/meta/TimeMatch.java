package org.annals.extract.meta;

/**
 * Where a time expression was found in a longer text.
 *
 * @param time  the time read
 * @param start offset of its first character
 * @param end   offset after its last character
 */
public record TimeMatch(ParsedTime time, int start, int end) {
}
