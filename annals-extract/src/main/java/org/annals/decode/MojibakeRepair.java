package org.annals.decode;

import com.ibm.icu.lang.UScript;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
    /** A character that windows-1252 or Latin-1 decodes from a UTF-8 continuation byte. */
    private static final String CONT = "[\\u0080-\\u00BF\\u20AC\\u201A\\u0192\\u201E\\u2026\\u2020\\u2021\\u02C6"
            + "\\u2030\\u0160\\u2039\\u0152\\u017D\\u2018\\u2019\\u201C\\u201D\\u2022\\u2013\\u2014\\u02DC\\u2122"
            + "\\u0161\\u203A\\u0153\\u017E\\u0178]";

    /** One UTF-8 sequence as windows-1252 shows it: a lead byte, then its continuation bytes. */
    private static final Pattern SEQUENCE = Pattern.compile(
            "[\\u00C2-\\u00DF]" + CONT + "|[\\u00E0-\\u00EF]" + CONT + "{2}|[\\u00F0-\\u00F4]" + CONT + "{3}");

    /** A word: the repair decides word by word, so one bad word does not decide for a page. */
    private static final Pattern WORD = Pattern.compile("[^ \\t\\n\\r\\f]+");

    /** Mojibake can be layered: UTF-8 decoded wrongly, encoded again, decoded wrongly again. */
    private static final int MAX_LAYERS = 3;

    /** Returns the text with its mojibake repaired; text without mojibake comes back as is. */
    public String repair(String text) {
        // CJK bytes read as Latin-1 first: their runs can look like UTF-8 mojibake in part.
        String repaired = CjkRepair.repairLegacyReadAsLatin1(text);
        repaired = repairUtf8ReadAsWindows1252(repaired);
        return CjkRepair.repairUtf8ReadAsLegacy(repaired);
    }

    private static String repairUtf8ReadAsWindows1252(String text) {
        if (!mayHoldSequence(text) || !SEQUENCE.matcher(text).find()) {
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

    /** A fast look for a lead character followed by a continuation character, before the regex. */
    private static boolean mayHoldSequence(String text) {
        for (int i = 0, n = text.length() - 1; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0xC2 && c <= 0xF4) {
                int next = Windows1252.byteOf(text.charAt(i + 1));
                if (next >= 0x80 && next <= 0xBF) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String repairWord(String word) {
        if (!SEQUENCE.matcher(word).find() || isCapitalsThenPunctuation(word)) {
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
        Matcher m = SEQUENCE.matcher(word);
        StringBuilder out = new StringBuilder(word.length());
        int last = 0;
        while (m.find()) {
            String decoded = utf8(m.group());
            if (decoded != null) {
                out.append(word, last, m.start()).append(decoded);
                last = m.end();
            }
        }
        return out.append(word, last, word.length()).toString();
    }

    private static String utf8(String sequence) {
        byte[] bytes = new byte[sequence.length()];
        for (int i = 0; i < sequence.length(); i++) {
            int b = Windows1252.byteOf(sequence.charAt(i));
            if (b < 0) {
                return null;
            }
            bytes[i] = (byte) b;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
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
        Matcher m = SEQUENCE.matcher(word);
        if (!m.find() || m.end() != word.length() || m.end() - m.start() != 2 || m.find()) {
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
        int bad = 0;
        Matcher m = SEQUENCE.matcher(word);
        while (m.find()) {
            bad++;
        }
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
