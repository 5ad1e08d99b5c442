package org.annals.resolve;

import org.annals.annotate.AnnotatedText;
import org.annals.annotate.NamedMention;
import org.annals.annotate.Sentence;
import org.annals.annotate.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** An annotated text with a new set of mentions, the tokens' classes brought in line with them. */
final class Retagging {
    private Retagging() {
    }

    /** Finds a mention at a token: adds it to {@code out} and returns the token after it, else {@code from}. */
    @FunctionalInterface
    interface MentionFinder {
        int find(int from, int limit, List<NamedMention> out);
    }

    /** The text with the mentions {@code finder} adds, each sentence scanned left to right. */
    static AnnotatedText withFound(AnnotatedText text, MentionFinder finder) {
        List<NamedMention> mentions = new ArrayList<>(text.mentions());
        boolean added = false;
        for (Sentence sentence : text.sentences()) {
            for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
                int end = finder.find(i, sentence.endToken(), mentions);
                if (end > i) {
                    added = true;
                    i = end - 1;
                }
            }
        }
        return added ? withMentions(text, mentions) : text;
    }

    static AnnotatedText withMentions(AnnotatedText text, List<NamedMention> mentions) {
        List<NamedMention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(NamedMention::firstToken));
        List<Token> tokens = new ArrayList<>(text.tokens().size());
        for (Token t : text.tokens()) {
            tokens.add(new Token(t.text(), t.start(), t.end(), null));
        }
        for (NamedMention m : sorted) {
            for (int i = m.firstToken(); i < m.endToken(); i++) {
                Token t = tokens.get(i);
                tokens.set(i, new Token(t.text(), t.start(), t.end(), m.type()));
            }
        }
        return new AnnotatedText(text.text(), text.sentences(), tokens, sorted);
    }
}
