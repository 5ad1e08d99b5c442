package org.annals.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 64-bit SimHash of a text's word shingles: near-identical texts (a syndicated copy with another
 * headline or footer) get fingerprints a few bits apart. Words are runs of letters and digits;
 * in scripts written without spaces (Han, Kana, Thai…) every character counts as a word.
 */
public final class SimHash {
    /** Words per shingle. */
    static final int SHINGLE = 3;
    /** Texts with fewer words than this get no fingerprint: short texts collide by chance. */
    static final int MIN_WORDS = 40;

    private SimHash() {
    }

    /** The fingerprint of a text, or 0 when it is too short to fingerprint. */
    public static long of(String text) {
        List<String> words = words(text);
        if (words.size() < MIN_WORDS) {
            return 0;
        }
        int[] votes = new int[64];
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            long h = 0xcbf29ce484222325L;
            for (int j = i; j < i + SHINGLE; j++) {
                h = fnv(h, words.get(j));
                h = (h ^ ' ') * 0x100000001b3L;
            }
            h = mix(h);
            for (int b = 0; b < 64; b++) {
                votes[b] += ((h >>> b) & 1) == 1 ? 1 : -1;
            }
        }
        long hash = 0;
        for (int b = 0; b < 64; b++) {
            if (votes[b] > 0) {
                hash |= 1L << b;
            }
        }
        return hash == 0 ? 1 : hash;
    }

    /** How many bits two fingerprints differ in. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (unspaced(cp)) {
                    flush(word, words);
                    words.add(new String(Character.toChars(cp)));
                } else {
                    word.appendCodePoint(cp);
                }
            } else {
                flush(word, words);
            }
        }
        flush(word, words);
        return words;
    }

    private static boolean unspaced(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI
                || s == Character.UnicodeScript.LAO || s == Character.UnicodeScript.KHMER
                || s == Character.UnicodeScript.MYANMAR;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    private static long fnv(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    /** Spreads FNV's weak low bits over the whole word (the finaliser of SplitMix64). */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
