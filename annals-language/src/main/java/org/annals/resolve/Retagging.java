package org.annals.resolve;

import org.annals.annotate.AnnotatedText;
import org.annals.annotate.NamedMention;
import org.annals.annotate.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** An annotated text with a new set of mentions, the tokens' classes brought in line with them. */
final class Retagging {
    private Retagging() {
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
