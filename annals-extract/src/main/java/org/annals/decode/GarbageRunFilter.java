package org.annals.decode;

import org.annals.model.Removal;
import org.annals.model.RemovalReason;

import java.util.ArrayList;
import java.util.BitSet;
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
    /** A run of this many letters, half of them rare, is no word of any language. */
    private static final int RARE_SOUP_LETTERS = 6;
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
        List<Run> runs = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; ) {
            int cp = text.codePointAt(i);
            if (!isRunChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int end = runEnd(text, i);
            runs.add(new Run(i, end, isGarbage(text, i, end)));
            i = end;
        }
        if (runs.stream().noneMatch(Run::garbage)) {
            return new Result(text, List.of());
        }
        runs = islandsInGarbage(text, runs);
        StringBuilder out = new StringBuilder(n);
        List<Removal> removed = new ArrayList<>();
        int copied = 0;
        for (Run run : runs) {
            if (!run.garbage()) {
                continue;
            }
            out.append(text, copied, run.start());
            // Words on both sides must not be glued together: "of" + "Xi" is not "ofXi".
            boolean wordBefore = run.start() > 0 && Character.isLetterOrDigit(text.codePointBefore(run.start()));
            boolean wordAfter = run.end() < n && Character.isLetterOrDigit(text.codePointAt(run.end()));
            if (wordBefore && wordAfter) {
                out.append('\n');
            }
            if (!isPrivateUseOnly(text, run.start(), run.end())) {
                // Icon-font glyphs are not text: dropped without a note, or a page would list dozens.
                removed.add(new Removal(RemovalReason.GARBAGE, text.substring(run.start(), run.end())));
            }
            copied = run.end();
        }
        out.append(text, copied, n);
        return new Result(out.toString(), removed);
    }

    /** A stretch of non-ASCII text and whether it is garbage. */
    private record Run(int start, int end, boolean garbage) {
        int length() {
            return end - start;
        }
    }

    /**
     * The runs, with the short ones of a line that is mostly garbage made garbage too: between
     * spaces, garbage falls into pieces too short to judge alone.
     */
    private static List<Run> islandsInGarbage(String text, List<Run> runs) {
        List<Run> out = new ArrayList<>(runs.size());
        int i = 0;
        while (i < runs.size()) {
            int lineEnd = text.indexOf('\n', runs.get(i).start());
            int limit = lineEnd < 0 ? text.length() : lineEnd;
            int j = i;
            int garbage = 0;
            int all = 0;
            while (j < runs.size() && runs.get(j).start() < limit) {
                Run r = runs.get(j);
                all += r.length();
                // Icon glyphs are not evidence of garbage around them.
                garbage += r.garbage() && !isPrivateUseOnly(text, r.start(), r.end()) ? r.length() : 0;
                j++;
            }
            boolean mostlyGarbage = garbage >= MIN_LETTERS && garbage * 2 >= all;
            for (int k = i; k < j; k++) {
                Run r = runs.get(k);
                boolean island = mostlyGarbage && !r.garbage() && r.length() < MIN_LETTERS * 2
                        && text.substring(r.start(), r.end()).codePoints().anyMatch(Character::isLetter);
                out.add(island ? new Run(r.start(), r.end(), true) : r);
            }
            i = j;
        }
        return out;
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

    /**
     * Whether the run {@code [start, end)} is garbage, judged on its non-ASCII characters: many
     * scripts changing from letter to letter; or much lost information (private-use, unassigned,
     * replacement characters, marks on nothing); or many rare letters (IPA, Latin Extended-B),
     * changing script or too many for a word.
     */
    static boolean isGarbage(String text, int start, int end) {
        int letters = 0;
        int junk = 0;
        int rare = 0;
        int chars = 0;
        int switches = 0;
        int privateUse = 0;
        int previous = Scripts.COMMON;
        BitSet seen = new BitSet();
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                continue;
            }
            chars++;
            if (Scripts.isJunk(cp)) {
                junk++;
            } else if (Scripts.isRare(cp)) {
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
                junk++;
            }
            if (previous != Scripts.COMMON && family != previous) {
                switches++;
            }
            seen.set(family - Scripts.CJK);
            previous = family;
        }
        if (chars > 0 && (junk == chars && chars >= 2 || privateUse == chars)) {
            return true;
        }
        if (letters < MIN_LETTERS) {
            return false;
        }
        int families = seen.cardinality();
        boolean mixed = families >= 3 && switches * 10 >= (letters - 1) * 3;
        boolean lost = junk >= 2 && junk * 10 >= letters * 3;
        boolean rareAndMixed = families >= 2 && switches >= 2 && (junk + rare) * 10 >= letters * 5;
        boolean rareSoup = letters >= RARE_SOUP_LETTERS && (junk + rare) * 2 >= letters;
        return mixed || lost || rareAndMixed || rareSoup;
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
