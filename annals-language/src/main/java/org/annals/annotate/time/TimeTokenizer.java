package org.annals.annotate.time;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words, numbers and punctuation marks in one pass: a number keeps its inner separators
 * ("2024-05-16", "10:30", "2,000", "16/05/2024") so a count or a score never looks like a bare year, and a
 * dotted abbreviation stays one word ("a.m.", "p.m.").
 */
final class TimeTokenizer {
    private TimeTokenizer() {
    }

    /** The tokens of {@code text}, in order; whitespace is dropped. */
    static List<TimeToken> tokenize(String text) {
        List<TimeToken> tokens = new ArrayList<>(Math.max(16, text.length() / 5));
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int start = i;
            if (Character.isLetter(c)) {
                i = wordEnd(text, i);
                tokens.add(TimeToken.of(text, start, i, TimeToken.Kind.WORD));
            } else if (isDigit(c)) {
                i = numberEnd(text, i);
                if (isYearRange(text, start, i)) {
                    // "2019-2021" is two years, not one number
                    tokens.add(TimeToken.of(text, start, start + 4, TimeToken.Kind.NUMBER));
                    tokens.add(TimeToken.of(text, start + 4, start + 5, TimeToken.Kind.PUNCT));
                    tokens.add(TimeToken.of(text, start + 5, i, TimeToken.Kind.NUMBER));
                } else {
                    tokens.add(TimeToken.of(text, start, i, TimeToken.Kind.NUMBER));
                }
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                i += Character.isHighSurrogate(c) && i + 1 < n ? 2 : 1;
                tokens.add(TimeToken.of(text, start, i, TimeToken.Kind.PUNCT));
            }
        }
        return tokens;
    }

    private static int wordEnd(String text, int i) {
        int n = text.length();
        boolean dotted = false;
        while (true) {
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i + 1 < n && text.charAt(i) == '.' && Character.isLetter(text.charAt(i + 1))) {
                dotted = true;
                i++;
            } else {
                break;
            }
        }
        // "a.m." keeps its final dot; a plain word never takes the full stop after it
        return dotted && i < n && text.charAt(i) == '.' ? i + 1 : i;
    }

    private static int numberEnd(String text, int i) {
        int n = text.length();
        while (true) {
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
            if (i + 1 < n && ":./-,".indexOf(text.charAt(i)) >= 0 && isDigit(text.charAt(i + 1))) {
                i++;
            } else {
                return i;
            }
        }
    }

    private static boolean isYearRange(String text, int start, int end) {
        if (end - start != 9 || text.charAt(start + 4) != '-') {
            return false;
        }
        for (int k = start; k < end; k++) {
            if (k != start + 4 && !isDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
