package org.annals.annotate.time;

import java.util.Locale;

/**
 * A word, number or punctuation mark of the text, as the time tagger sees it.
 *
 * @param text  the characters as printed
 * @param lower the characters in lower case, for table look-ups
 * @param start offset of the first character (UTF-16)
 * @param end   offset after the last character
 * @param kind  what sort of token it is
 */
record TimeToken(String text, String lower, int start, int end, Kind kind) {
    /** What a token is made of. */
    enum Kind { WORD, NUMBER, PUNCT }

    /** A token of {@code text} between two offsets. */
    static TimeToken of(String text, int start, int end, Kind kind) {
        String printed = text.substring(start, end);
        return new TimeToken(printed, printed.toLowerCase(Locale.ROOT), start, end, kind);
    }

    /** The value of an all-digit number of at most nine digits, else -1. */
    int digits() {
        if (kind != Kind.NUMBER || text.length() > 9) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Whether the token is a word that starts with a capital letter. */
    boolean capitalised() {
        return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
    }

    /** Whether the token is the given word or mark, ignoring case. */
    boolean is(String word) {
        return lower.equals(word);
    }
}
