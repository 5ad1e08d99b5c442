package org.annals.resolve.place;

import java.text.Normalizer;
import java.util.Locale;

/** The lookup key of a place name: case, diacritics, apostrophes and punctuation do not count. */
final class PlaceNames {

    /** Longest name looked up; longer input is no place name and is not normalised. */
    static final int MAX_LENGTH = 200;

    private PlaceNames() {
    }

    /**
     * The key of a name: lower case, Latin letters without diacritics, apostrophes dropped ("Xi'an" = "Xian"),
     * other punctuation a space, spaces collapsed; "" for a blank or over-long name.
     */
    static String key(String name) {
        if (name == null || name.length() > MAX_LENGTH) {
            return "";
        }
        String folded = isAscii(name) ? name : stripMarks(name);
        StringBuilder key = new StringBuilder(folded.length());
        boolean space = true;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(Character.toLowerCase(c));
                space = false;
            } else if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc' || c == '\u02bb' || c == '`') {
                continue;
            } else if (!space) {
                key.append(' ');
                space = true;
            }
        }
        int end = key.length();
        if (end > 0 && key.charAt(end - 1) == ' ') {
            key.setLength(end - 1);
        }
        return key.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** Decomposes, drops combining marks and spells out the Latin letters that do not decompose (ß, ø, ł, …). */
    private static String stripMarks(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            switch (c) {
                case 'ß' -> out.append("ss");
                case 'ø', 'Ø' -> out.append('o');
                case 'ł', 'Ł' -> out.append('l');
                case 'đ', 'Đ', 'ð', 'Ð' -> out.append('d');
                case 'æ', 'Æ' -> out.append("ae");
                case 'œ', 'Œ' -> out.append("oe");
                case 'ı' -> out.append('i');
                case 'þ', 'Þ' -> out.append("th");
                default -> out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
