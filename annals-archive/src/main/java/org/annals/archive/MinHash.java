package org.annals.archive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * MinHash signature of a text's word shingles: the share of equal positions in two signatures
 * estimates the Jaccard similarity of the two texts' shingle sets, so a syndicated copy with another
 * headline or footer scores near 1 and another story near 0. Words are runs of letters and digits;
 * in scripts written without spaces (Han, Kana, Thai…) every character counts as a word.
 */
public final class MinHash {
    /** Positions of a signature. */
    public static final int SIZE = 64;
    /** Words per shingle. */
    static final int SHINGLE = 3;
    /** Texts with fewer words than this get no signature: short texts match by chance. */
    static final int MIN_WORDS = 40;

    private static final long[] SEEDS = new long[SIZE];

    static {
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SIZE; i++) {
            s += 0x9E3779B97F4A7C15L;
            SEEDS[i] = mix(s);
        }
    }

    private MinHash() {
    }

    /** The signature of a text, or an empty array when it is too short to sign. */
    public static int[] of(String text) {
        List<String> words = words(text);
        if (words.size() < MIN_WORDS) {
            return new int[0];
        }
        Set<Long> shingles = new HashSet<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            long h = 0xcbf29ce484222325L;
            for (int j = i; j < i + SHINGLE; j++) {
                String w = words.get(j);
                for (int k = 0; k < w.length(); k++) {
                    h = (h ^ w.charAt(k)) * 0x100000001b3L;
                }
                h = (h ^ ' ') * 0x100000001b3L;
            }
            shingles.add(h);
        }
        int[] signature = new int[SIZE];
        java.util.Arrays.fill(signature, Integer.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < SIZE; i++) {
                int v = (int) (mix(shingle ^ SEEDS[i]) >>> 33);
                if (v < signature[i]) {
                    signature[i] = v;
                }
            }
        }
        return signature;
    }

    /** The estimated Jaccard similarity of two signatures; 0 when either is empty. */
    public static double similarity(int[] a, int[] b) {
        if (a.length != SIZE || b.length != SIZE) {
            return 0;
        }
        int equal = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return equal / (double) SIZE;
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

    /** The finaliser of SplitMix64: every input bit moves every output bit. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
