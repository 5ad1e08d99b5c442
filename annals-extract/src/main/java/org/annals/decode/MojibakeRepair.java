package org.annals.decode;

import com.ibm.icu.lang.UScript;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs mojibake: UTF-8 text that was decoded as windows-1252 or Latin-1 ({@code "CafÃ©"} for
 * {@code "Café"}, {@code "â€™"} for {@code "’"}), once or twice over. A word is re-decoded only
 * when its bytes are valid UTF-8 and the result looks less broken than the original, so correct
 * text in any language is left alone. CJK text read with the wrong codec is repaired where that
 * can be told with confidence (see {@link CjkRepair}). Thread-safe.
 */
public final class MojibakeRepair {
    /** A word: the repair decides word by word, so one bad word does not decide for a page. */
    private static final Pattern WORD = Pattern.compile("[^ \\t\\n\\r\\f]+");

    /** Mojibake can be layered: UTF-8 decoded wrongly, encoded again, decoded wrongly again. */
    private static final int MAX_LAYERS = 3;

    /** Returns the text with its mojibake repaired; text without mojibake comes back as is. */
    public String repair(String text) {
        // One cheap scan first: every kind of mojibake repaired here shows a Latin-1 letter from
        // U+00C0 up (where UTF-8 and CJK lead bytes land when read as windows-1252 or Latin-1) or a
        // CJK-range character; most pages hold neither, NBSP and © being below.
        boolean latin1 = false;
        boolean cjk = false;
        for (int i = 0; i < text.length() && !(latin1 && cjk); i++) {
            char c = text.charAt(i);
            latin1 |= c >= 0xC0 && c <= 0xFF;
            cjk |= c >= 0x2460;
        }
        String repaired = text;
        if (latin1) {
            // CJK bytes read as Latin-1 first: their runs can look like UTF-8 mojibake in part.
            repaired = CjkRepair.repairLegacyReadAsLatin1(repaired);
            repaired = repairUtf8ReadAsWindows1252(repaired);
        }
        return cjk || !repaired.equals(text) ? CjkRepair.repairUtf8ReadAsLegacy(repaired) : repaired;
    }

    private static String repairUtf8ReadAsWindows1252(String text) {
        if (countSequences(text) == 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        Matcher word = WORD.matcher(text);
        int last = 0;
        while (word.find()) {
            out.append(text, last, word.start());
            out.append(repairWord(word.group()));
            last = word.end();
        }
        out.append(text, last, text.length());
        return out.toString();
    }

    /**
     * The length of the mojibake sequence at {@code i}: a UTF-8 lead byte as windows-1252 shows it,
     * then its continuation bytes; 0 when there is none.
     */
    static int sequenceAt(CharSequence s, int i) {
        char lead = s.charAt(i);
        int continuations = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2
                : lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
        if (continuations == 0 || i + continuations >= s.length()) {
            return 0;
        }
        for (int k = 1; k <= continuations; k++) {
            int b = Windows1252.byteOf(s.charAt(i + k));
            if (b < 0x80 || b > 0xBF) {
                return 0;
            }
        }
        return continuations + 1;
    }

    private static int countSequences(String s) {
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            int length = sequenceAt(s, i);
            if (length > 0) {
                count++;
                i += length - 1;
            }
        }
        return count;
    }

    private static String repairWord(String word) {
        if (countSequences(word) == 0 || isCapitalsThenPunctuation(word)) {
            return word;
        }
        String candidate = word;
        for (int layer = 0; layer < MAX_LAYERS; layer++) {
            String next = redecodeSequences(candidate);
            if (next.equals(candidate)) {
                break;
            }
            candidate = next;
        }
        return badness(candidate) < badness(word) ? candidate : word;
    }

    /** Replaces every mojibake sequence whose bytes are valid UTF-8 by what those bytes say. */
    private static String redecodeSequences(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            int length = sequenceAt(word, i);
            String decoded = length == 0 ? null : utf8(word.substring(i, i + length));
            if (decoded != null) {
                out.append(decoded);
                i += length - 1;
            } else {
                out.append(word.charAt(i));
            }
        }
        return out.toString();
    }

    /** What one mojibake sequence says as UTF-8, or null when its bytes are not valid UTF-8. */
    private static String utf8(String sequence) {
        int n = sequence.length();
        int[] bytes = new int[n];
        for (int i = 0; i < n; i++) {
            bytes[i] = Windows1252.byteOf(sequence.charAt(i));
            if (bytes[i] < 0 || i > 0 && (bytes[i] & 0xC0) != 0x80) {
                return null;
            }
        }
        int cp = switch (n) {
            case 2 -> (bytes[0] & 0x1F) << 6 | bytes[1] & 0x3F;
            case 3 -> (bytes[0] & 0x0F) << 12 | (bytes[1] & 0x3F) << 6 | bytes[2] & 0x3F;
            case 4 -> (bytes[0] & 0x07) << 18 | (bytes[1] & 0x3F) << 12 | (bytes[2] & 0x3F) << 6 | bytes[3] & 0x3F;
            default -> -1;
        };
        // Overlong forms, surrogates and code points past Unicode are not UTF-8.
        boolean valid = n == 2 && cp >= 0x80 || n == 3 && cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)
                || n == 4 && cp >= 0x10000 && cp <= 0x10FFFF;
        return valid ? new String(Character.toChars(cp)) : null;
    }

    private static boolean isInvisibleFormat(int cp) {
        return Character.getType(cp) == Character.FORMAT && cp != 0x00AD && !(cp >= 0x200B && cp <= 0x200D)
                && cp != 0x2060 && cp != 0xFEFF;
    }

    /**
     * Whether a word in capitals ends in a capital and a closing punctuation mark ({@code "PÅ…"},
     * {@code "CAFÉ”"}): natural text, though its last two characters are also a UTF-8 pair.
     */
    private static boolean isCapitalsThenPunctuation(String word) {
        int n = word.length();
        if (n < 2 || countSequences(word) != 1 || sequenceAt(word, n - 2) != 2) {
            return false;
        }
        char last = word.charAt(word.length() - 1);
        boolean closing = last == '\u2026' || last == '\u201D' || last == '\u2019' || last == '\u203A'
                || last == '\u00BB' || last == '\u2014' || last == '\u2013' || last == '\u2122';
        String letters = word.substring(0, word.length() - 1);
        return closing && letters.codePoints().filter(Character::isLetter).count() >= 2
                && letters.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /**
     * How broken a word looks: mojibake sequences, C1 controls, rare code points, invisible
     * format characters, combining marks on Latin, Greek or Cyrillic letters, changes of script
     * between neighbouring letters (Latin to Cyrillic within one word), and a lower-case letter
     * after capitals.
     */
    static int badness(String word) {
        int bad = countSequences(word);
        int previousFamily = Scripts.COMMON;
        int uppercaseRun = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.LOWERCASE_LETTER && uppercaseRun >= 2) {
                // "CAFɔ": a lower-case letter ending a word in capitals.
                bad++;
            }
            uppercaseRun = Character.isUpperCase(cp) ? uppercaseRun + 1 : 0;
            if (cp >= 0x80 && cp <= 0x9F || Scripts.isRare(cp) || isInvisibleFormat(cp)) {
                bad++;
            }
            int type = Character.getType(cp);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
            if (mark && (previousFamily == Scripts.COMMON || previousFamily == UScript.LATIN
                    || previousFamily == UScript.GREEK || previousFamily == UScript.CYRILLIC)) {
                // A mark on nothing, or on an alphabet that comes precomposed, is a decoded byte pair.
                bad++;
            }
            int family = Scripts.family(cp, previousFamily);
            if (family == Scripts.ORPHAN_MARK) {
                bad++;
            } else if (family != Scripts.COMMON) {
                if (previousFamily != Scripts.COMMON && previousFamily != family) {
                    // Weighs double: within one word, a change of script is the surest sign.
                    bad += 2;
                }
                previousFamily = family;
            }
        }
        return bad;
    }
}
