package org.annals.annotate.time;

import org.annals.model.Span;

import java.util.List;

/**
 * The tokens of a text with the sentence each belongs to, so that no expression and no tense cue is read
 * across a sentence boundary.
 */
final class TokenSequence {
    private final List<TimeToken> tokens;
    private final int[] sentence;
    private final boolean[] paragraphStart;

    private TokenSequence(List<TimeToken> tokens, int[] sentence, boolean[] paragraphStart) {
        this.tokens = tokens;
        this.sentence = sentence;
        this.paragraphStart = paragraphStart;
    }

    /** Tokens of {@code text} split into sentences at ".", "!" or "?" before a capital, and at line breaks. */
    static TokenSequence of(String text) {
        List<TimeToken> tokens = TimeTokenizer.tokenize(text);
        int[] sentence = new int[tokens.size()];
        boolean[] paragraph = paragraphs(text, tokens);
        int current = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0 && (newlinesBefore(text, tokens, i) > 0 || endsSentence(tokens, i - 1, i))) {
                current++;
            }
            sentence[i] = current;
        }
        return new TokenSequence(tokens, sentence, paragraph);
    }

    /** Tokens of {@code text} in the given sentences (sorted, not overlapping); tokens outside any stand alone. */
    static TokenSequence of(String text, List<Span> sentences) {
        List<TimeToken> tokens = TimeTokenizer.tokenize(text);
        int[] sentence = new int[tokens.size()];
        int s = 0;
        int lone = sentences.size();
        for (int i = 0; i < tokens.size(); i++) {
            int start = tokens.get(i).start();
            while (s < sentences.size() && sentences.get(s).end() <= start) {
                s++;
            }
            boolean inside = s < sentences.size() && sentences.get(s).start() <= start
                    && tokens.get(i).end() <= sentences.get(s).end();
            sentence[i] = inside ? s : lone++;
        }
        return new TokenSequence(tokens, sentence, paragraphs(text, tokens));
    }

    private static boolean[] paragraphs(String text, List<TimeToken> tokens) {
        boolean[] start = new boolean[tokens.size()];
        for (int i = 1; i < tokens.size(); i++) {
            start[i] = newlinesBefore(text, tokens, i) >= 2;
        }
        return start;
    }

    /** Line breaks (0, 1 or 2 meaning two or more) in the gap before token {@code i}. */
    private static int newlinesBefore(String text, List<TimeToken> tokens, int i) {
        int newlines = 0;
        for (int c = tokens.get(i - 1).end(); c < tokens.get(i).start() && newlines < 2; c++) {
            if (text.charAt(c) == '\n') {
                newlines++;
            }
        }
        return newlines;
    }

    private static boolean endsSentence(List<TimeToken> tokens, int mark, int next) {
        String t = tokens.get(mark).text();
        if (t.equals("!") || t.equals("?")) {
            return true;
        }
        return t.equals(".") && (tokens.get(next).capitalised() || tokens.get(next).kind() == TimeToken.Kind.PUNCT);
    }

    int size() {
        return tokens.size();
    }

    TimeToken get(int i) {
        return tokens.get(i);
    }

    /** Whether token {@code i} exists and is in the same sentence as token {@code from}. */
    boolean within(int from, int i) {
        return i >= 0 && i < tokens.size() && from >= 0 && from < tokens.size() && sentence[i] == sentence[from];
    }

    /** Whether token {@code i} opens a paragraph (a blank line before it). */
    boolean startsParagraph(int i) {
        return paragraphStart[i];
    }

    /** Whether token {@code i} is in the same sentence as {@code from} and is the given word, ignoring case. */
    boolean is(int from, int i, String word) {
        return within(from, i) && tokens.get(i).is(word);
    }

    /** Whether token {@code i} starts right where token {@code i - 1} ends (no space: "16th", "3pm"). */
    boolean attached(int i) {
        return i > 0 && i < tokens.size() && tokens.get(i - 1).end() == tokens.get(i).start();
    }
}
