package org.annals.decode;

import org.annals.model.Removal;
import org.annals.model.RemovalReason;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes runs of encoding garbage: characters that belong to no script of a real language,
 * such as the soup of Latin-extended letters, combining marks, Cyrillic, Armenian, Arabic and
 * Han characters that multi-byte text turns into when it is decoded with the wrong charset and
 * its broken bytes dropped. Genuine text in one script, or a mix of scripts word by word (English
 * with Chinese, Japanese kanji with kana), is kept. Thread-safe.
 */
public final class GarbageRunFilter {
    /** Runs with fewer letters than this are too short to judge. */
    private static final int MIN_LETTERS = 4;
    /** ASCII groups up to this long inside a run are part of it (garbage holds stray ASCII bytes). */
    private static final int MAX_EMBEDDED_ASCII = 3;

    /**
     * The text without its garbage runs, and the runs removed.
     *
     * @param text    what is left; a run between two words becomes a line break
     * @param removed the runs, as {@link RemovalReason#GARBAGE}
     */
    public record Result(String text, List<Removal> removed) {
        public Result {
            removed = List.copyOf(removed);
        }
    }

    /** Removes the garbage runs of {@code text}. */
    public Result filter(String text) {
        List<Removal> removed = new ArrayList<>();
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isRunChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int end = runEnd(text, i);
            if (isGarbage(text, i, end)) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(text, copied, i);
                // Words on both sides must not be glued together: "of" + "Xi" is not "ofXi".
                boolean wordBefore = i > 0 && Character.isLetterOrDigit(text.codePointBefore(i));
                boolean wordAfter = end < n && Character.isLetterOrDigit(text.codePointAt(end));
                if (wordBefore && wordAfter) {
                    out.append('\n');
                }
                if (!isPrivateUseOnly(text, i, end)) {
                    // Icon-font glyphs are not text: dropped without a note, or a page would list dozens.
                    removed.add(new Removal(RemovalReason.GARBAGE, text.substring(i, end)));
                }
                copied = end;
            }
            i = end;
        }
        if (out == null) {
            return new Result(text, List.of());
        }
        out.append(text, copied, n);
        return new Result(out.toString(), removed);
    }

    /** The end of the run starting at {@code start}: non-ASCII characters, with short ASCII groups inside. */
    private static int runEnd(String text, int start) {
        int n = text.length();
        int i = start;
        int end = start;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isRunChar(cp)) {
                i += Character.charCount(cp);
                end = i;
                continue;
            }
            if (cp >= 0x80 || isSpace(cp)) {
                break;
            }
            // An ASCII group: part of the run only when short and followed by more of the run.
            int j = i;
            while (j < n && text.charAt(j) < 0x80 && !isSpace(text.charAt(j)) && j - i <= MAX_EMBEDDED_ASCII) {
                char c = text.charAt(j);
                if (c == '<' || c == '>' || c == '&') {
                    // Markup is never part of a run: removing a run must not remove a tag.
                    return end;
                }
                j++;
            }
            if (j - i > MAX_EMBEDDED_ASCII || j >= n || !isRunChar(text.codePointAt(j))) {
                break;
            }
            i = j;
        }
        return end;
    }

    /** Whether the run {@code [start, end)} is garbage, judged on its non-ASCII characters. */
    static boolean isGarbage(String text, int start, int end) {
        int letters = 0;
        int rare = 0;
        int chars = 0;
        int switches = 0;
        int privateUse = 0;
        int previous = Scripts.COMMON;
        java.util.BitSet seen = new java.util.BitSet();
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                continue;
            }
            chars++;
            if (Scripts.isRare(cp)) {
                rare++;
            }
            if (Character.getType(cp) == Character.PRIVATE_USE) {
                privateUse++;
            }
            int family = Scripts.family(cp, previous);
            if (family == Scripts.COMMON) {
                continue;
            }
            letters++;
            if (family == Scripts.ORPHAN_MARK) {
                rare++;
            }
            if (previous != Scripts.COMMON && family != previous) {
                switches++;
            }
            seen.set(family - Scripts.CJK);
            previous = family;
        }
        if (chars > 0 && (rare == chars && chars >= 2 || privateUse == chars)) {
            return true;
        }
        if (letters < MIN_LETTERS) {
            return false;
        }
        boolean mixed = seen.cardinality() >= 3 && switches * 10 >= (letters - 1) * 3;
        boolean mostlyRare = rare >= 2 && rare * 10 >= letters * 4;
        return mixed || mostlyRare;
    }

    private static boolean isPrivateUseOnly(String text, int start, int end) {
        return text.substring(start, end).codePoints().allMatch(cp -> Character.getType(cp) == Character.PRIVATE_USE);
    }

    private static boolean isRunChar(int cp) {
        return cp >= 0x80 && !isSpace(cp);
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }
}
