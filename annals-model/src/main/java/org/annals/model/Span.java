package org.annals.model;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * A range of UTF-16 characters {@code [start, end)} in an article's {@code text}; written as a
 * two-element JSON array, as the contract shows.
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The characters of {@code text} this span covers. */
    public String of(String text) {
        return text.substring(start, end);
    }

    /** Whether {@code other} lies wholly inside this span. */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** Whether the two spans share at least one character. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public int length() {
        return end - start;
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
