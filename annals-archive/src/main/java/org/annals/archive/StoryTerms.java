package org.annals.archive;

import org.annals.model.AnalyzedArticle;
import org.annals.model.Article;
import org.annals.model.Entity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an article is about, as a small set of hashed terms for story clustering: its actors
 * (canonical ids), and the names it prints — capitalised words not opening a sentence, in the
 * title and the opening of the text; in scripts without capitals or spaces, character pairs of
 * the title. The most frequent {@link #MAX_TERMS} are kept.
 */
public final class StoryTerms {
    /** Terms kept per article. */
    static final int MAX_TERMS = 24;
    /** Characters of the text read for names: a story is told in its opening. */
    static final int OPENING_CHARS = 2000;

    private StoryTerms() {
    }

    /** The sorted term hashes of an article. */
    public static long[] of(AnalyzedArticle analyzed) {
        Article a = analyzed.article();
        Map<String, Integer> counts = new HashMap<>();
        for (Entity e : analyzed.entities()) {
            counts.merge("@" + ActorKey.of(e), 3, Integer::sum);
        }
        String title = a.title() == null ? "" : a.title();
        names(title, counts);
        String text = a.text();
        names(text.substring(0, Math.min(text.length(), OPENING_CHARS)), counts);
        List<String> words = MinHash.words(title);
        for (int i = 0; i + 1 < words.size(); i++) {
            if (uncased(words.get(i)) && uncased(words.get(i + 1))) {
                counts.merge(words.get(i) + words.get(i + 1), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_TERMS)
                .mapToLong(e -> hash(e.getKey()))
                .sorted()
                .toArray();
    }

    /** Capitalised words that do not open a sentence, lower-cased. */
    static void names(String text, Map<String, Integer> counts) {
        boolean sentenceStart = true;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.codePointAt(i)) || text.charAt(i) == '-')) {
                    i += Character.charCount(text.codePointAt(i));
                }
                String word = text.substring(start, i);
                if (!sentenceStart && Character.isUpperCase(cp) && word.length() >= 3) {
                    counts.merge(word.toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
                sentenceStart = false;
            } else {
                if (cp == '.' || cp == '!' || cp == '?' || cp == '\n' || cp == '"' || cp == '\u201c' || cp == ':') {
                    sentenceStart = true;
                }
                i += Character.charCount(cp);
            }
        }
    }

    /** How many terms two sorted term sets share. */
    static int shared(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }

    /** A one-character word of a script without case (Han, Kana, Thai…). */
    private static boolean uncased(String w) {
        int cp = w.codePointAt(0);
        return w.length() == Character.charCount(cp) && Character.isLetter(cp) && !Character.isUpperCase(cp)
                && !Character.isLowerCase(cp);
    }
}
