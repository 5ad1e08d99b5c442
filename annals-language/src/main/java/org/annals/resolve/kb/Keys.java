package org.annals.resolve.kb;

import java.text.Normalizer;
import java.util.Locale;

/** Lookup keys: names folded so that case, diacritics, spacing, "the " and a possessive do not matter. */
final class Keys {
    /** Longer phrases are not names; bounding them keeps hostile input cheap. */
    static final int MAX_LENGTH = 300;

    private Keys() {
    }

    /** The key of {@code text}, or the empty string when it has none or is too long to be a name. */
    static String of(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || c == '.') {
                continue; // diacritics; "U.S." is "US"
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.DASH_PUNCTUATION) {
                if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
                continue;
            }
            b.append(fold(c));
        }
        String key = b.toString().strip();
        if (key.startsWith("the ")) {
            key = key.substring(4);
        }
        if (key.endsWith("'s")) {
            key = key.substring(0, key.length() - 2);
        } else if (key.endsWith("s'")) {
            key = key.substring(0, key.length() - 1);
        }
        return key.strip();
    }

    /** Lower case, with the letters that Unicode does not decompose into a base letter folded by hand. */
    private static String fold(char c) {
        switch (c) {
            case '\u2019': case '\u2018': case '`': case '\u00b4': return "'";
            case '\u0131': return "i"; // Turkish dotless i
            case '\u0142': case '\u0141': return "l";
            case '\u00f8': case '\u00d8': return "o";
            case '\u0111': case '\u0110': case '\u00f0': case '\u00d0': return "d";
            case '\u00fe': case '\u00de': return "th";
            case '\u00e6': case '\u00c6': return "ae";
            case '\u0153': case '\u0152': return "oe";
            case '\u00df': return "ss";
            default: return String.valueOf(c).toLowerCase(Locale.ROOT);
        }
    }
}
