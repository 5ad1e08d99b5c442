package org.annals.extract.text;

import org.annals.extract.meta.SentenceEnd;

import java.util.regex.Pattern;

/**
 * The measurements a line is classified by.
 *
 * @param chars            length in UTF-16 units
 * @param words            words; in scripts written without spaces, two CJK characters or six letters count one
 * @param letters          letters
 * @param digits           digits
 * @param capitalisedRatio share of words of three or more letters that start with a capital
 * @param terminal         whether the line ends like a sentence: full stop, question or exclamation mark,
 *                         ellipsis, possibly inside closing quotes
 * @param innerSentence    whether a sentence ends inside the line and another begins
 * @param spaceless        whether the line is written mostly without spaces between words (Chinese, Thai, …)
 */
public record LineFeatures(int chars, int words, int letters, int digits, double capitalisedRatio, boolean terminal,
                           boolean innerSentence, boolean spaceless) {
    private static final Pattern INNER_SENTENCE = Pattern.compile("[\\p{Ll}\\d)][.!?]\\s*[\"“‘]?\\p{Lu}|[。！？]\\S");
    private static final int LETTERS_PER_WORD = 6;

    /** Measures one line. */
    public static LineFeatures of(String text) {
        int letters = 0;
        int digits = 0;
        int cjk = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isIdeographic(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                        || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
                        || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL) {
                    cjk++;
                }
            } else if (Character.isDigit(c)) {
                digits++;
            }
        }
        String[] tokens = text.split(" ");
        int capitalised = 0;
        int long3 = 0;
        for (String token : tokens) {
            if (token.length() >= 3 && Character.isLetter(token.charAt(0)) && !Character.isIdeographic(token.charAt(0))) {
                long3++;
                if (Character.isUpperCase(token.charAt(0))) {
                    capitalised++;
                }
            }
        }
        // scripts written without spaces still have words: count two CJK characters, or six letters, as one
        int words = Math.max(Math.max(tokens.length, tokens.length + cjk / 2 - 1), letters / LETTERS_PER_WORD);
        return new LineFeatures(text.length(), words, letters, digits, long3 == 0 ? 0 : (double) capitalised / long3,
                endsLikeSentence(text), INNER_SENTENCE.matcher(text).find(), tokens.length * 2 < words);
    }

    /** Whether a line ends with sentence punctuation; see {@link SentenceEnd#endsLikeSentence(String)}. */
    static boolean endsLikeSentence(String text) {
        return SentenceEnd.endsLikeSentence(text);
    }
}
