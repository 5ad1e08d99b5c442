package org.annals.annotate.quote;

import org.annals.model.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds passages between quotation marks: straight and curly double quotes, low-9 („…“), guillemets
 * («…», »…«, ‹…›) and single quotes told apart from apostrophes. A quote may run over paragraphs when
 * each new paragraph reopens it with a mark and only the last one closes. Time is linear in the text
 * (plus a logarithm per mark): unmatched marks cost a lookup each, never a rescan.
 */
public final class DirectQuoteFinder {
    /** Longest quote taken, in characters; a longer "quote" is an unmatched mark. */
    static final int MAX_CHARS = 3000;
    /** Most paragraphs one quote may span. */
    static final int MAX_PARAGRAPHS = 5;

    /** Marks that may close a quote opened by each kind of opening mark. */
    private enum Family {
        STRAIGHT_DOUBLE("\"", "\"”", "\"“", MAX_PARAGRAPHS),
        CURLY_DOUBLE("“", "”\"", "“\"", MAX_PARAGRAPHS),
        LOW_DOUBLE("„", "“”", "„", MAX_PARAGRAPHS),
        GUILLEMET("«", "»", "«", MAX_PARAGRAPHS),
        REVERSED_GUILLEMET("»", "«", "»", MAX_PARAGRAPHS),
        SINGLE_GUILLEMET("‹", "›", "‹", 1),
        CURLY_SINGLE("‘", "’", "‘", 1),
        STRAIGHT_SINGLE("'", "'", "'", 1);

        final char opener;
        final String closers;
        final String reopeners;
        final int maxParagraphs;

        Family(String opener, String closers, String reopeners, int maxParagraphs) {
            this.opener = opener.charAt(0);
            this.closers = closers;
            this.reopeners = reopeners;
            this.maxParagraphs = maxParagraphs;
        }
    }

    private static final String CLOSERS = "\"”“»«›’'";
    private static final String OPENERS = "\"“„«»‹‘'";

    /** The quoted passages of {@code text}, in order, none inside another. */
    public List<QuotedPassage> find(String text) {
        Marks marks = new Marks(text);
        List<QuotedPassage> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            Family family = opening(text, i);
            QuotedPassage passage = family == null ? null : close(text, i, family, marks);
            if (passage == null) {
                i++;
            } else {
                out.add(passage);
                i = passage.close() + 1;
            }
        }
        return out;
    }

    /** The family whose opening mark stands at {@code i}, or null when the character opens nothing there. */
    private static Family opening(String text, int i) {
        char c = text.charAt(i);
        if (OPENERS.indexOf(c) < 0) {
            return null;
        }
        if (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)) && (c == '"' || c == '\'' || c == '‘')) {
            return null;
        }
        for (Family f : Family.values()) {
            if (f.opener != c) {
                continue;
            }
            // Straight and single marks open only at the start of a word; elsewhere they are inch marks or apostrophes.
            if ((c == '"' || c == '\'' || c == '‘') && i > 0 && !opensAfter(text.charAt(i - 1))) {
                return null;
            }
            if (c == '\'' && !Character.isLetterOrDigit(text.charAt(i + 1))) {
                return null;
            }
            return f;
        }
        return null;
    }

    private static boolean opensAfter(char previous) {
        return Character.isWhitespace(previous) || "([{—–-/:;,“\"‘'«»„".indexOf(previous) >= 0;
    }

    private static QuotedPassage close(String text, int open, Family family, Marks marks) {
        int from = open + 1;
        int paragraphs = 1;
        while (true) {
            int closer = marks.nextCloser(family.closers, from);
            if (closer < 0 || closer - open > MAX_CHARS) {
                return null;
            }
            int lineBreak = marks.nextLineBreak(from);
            if (lineBreak < 0 || marks.lineBreak(lineBreak) > closer) {
                Span content = trim(text, open + 1, closer);
                return content == null ? null : new QuotedPassage(content, open, closer, paragraphs);
            }
            // The paragraph ends unclosed: the quote goes on only if the next paragraph reopens it.
            int next = marks.textAfterLineBreak(lineBreak);
            if (next >= text.length() || family.reopeners.indexOf(text.charAt(next)) < 0
                    || paragraphs >= family.maxParagraphs) {
                return null;
            }
            paragraphs++;
            from = next + 1;
        }
    }

    private static Span trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return start < end ? new Span(start, end) : null;
    }

    /** Sorted positions of every closing-capable mark and line break, for lookups by binary search. */
    private static final class Marks {
        private final int[][] byCloser = new int[CLOSERS.length()][];
        private final int[] lineBreaks;
        /** For each line break, where the text goes on after the blank space that follows it. */
        private final int[] afterLineBreaks;

        Marks(String text) {
            int[] counts = new int[CLOSERS.length()];
            int[][] positions = new int[CLOSERS.length()][16];
            int[] breaks = new int[16];
            int breakCount = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n') {
                    if (breakCount == breaks.length) {
                        breaks = Arrays.copyOf(breaks, breakCount * 2);
                    }
                    breaks[breakCount++] = i;
                    continue;
                }
                int k = CLOSERS.indexOf(c);
                if (k < 0 || !closes(text, i)) {
                    continue;
                }
                if (counts[k] == positions[k].length) {
                    positions[k] = Arrays.copyOf(positions[k], counts[k] * 2);
                }
                positions[k][counts[k]++] = i;
            }
            for (int k = 0; k < CLOSERS.length(); k++) {
                byCloser[k] = Arrays.copyOf(positions[k], counts[k]);
            }
            lineBreaks = Arrays.copyOf(breaks, breakCount);
            afterLineBreaks = new int[breakCount];
            int nextText = text.length();
            int k = breakCount - 1;
            for (int i = text.length() - 1; i >= 0 && k >= 0; i--) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    nextText = i;
                } else if (i == lineBreaks[k]) {
                    afterLineBreaks[k--] = nextText;
                }
            }
        }

        /** Whether the mark at {@code i} can close a quote: not after a space, and a single mark not inside a word. */
        private static boolean closes(String text, int i) {
            if (i == 0 || Character.isWhitespace(text.charAt(i - 1)) && text.charAt(i) != '"') {
                return false;
            }
            char c = text.charAt(i);
            return !(c == '’' || c == '\'') || i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
        }

        int nextCloser(String closers, int from) {
            int best = -1;
            for (int j = 0; j < closers.length(); j++) {
                int p = next(byCloser[CLOSERS.indexOf(closers.charAt(j))], from);
                if (p >= 0 && (best < 0 || p < best)) {
                    best = p;
                }
            }
            return best;
        }

        /** Index (into the line breaks) of the first line break at or after {@code from}, or -1. */
        int nextLineBreak(int from) {
            int i = index(lineBreaks, from);
            return i < lineBreaks.length ? i : -1;
        }

        int lineBreak(int index) {
            return lineBreaks[index];
        }

        int textAfterLineBreak(int index) {
            return afterLineBreaks[index];
        }

        /** The first position at or after {@code from}, or -1. */
        private static int next(int[] sorted, int from) {
            int i = index(sorted, from);
            return i < sorted.length ? sorted[i] : -1;
        }

        private static int index(int[] sorted, int from) {
            int i = Arrays.binarySearch(sorted, from);
            return i < 0 ? -i - 1 : i;
        }
    }
}
