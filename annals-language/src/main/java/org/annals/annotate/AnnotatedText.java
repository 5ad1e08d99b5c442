package org.annals.annotate;

import java.util.List;

/**
 * What the language annotator read in a text: sentences, tokens and named mentions, each with
 * offsets into {@code text}.
 */
public record AnnotatedText(String text, List<Sentence> sentences, List<Token> tokens, List<NamedMention> mentions) {
    public AnnotatedText {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
    }

    /** The tokens of one sentence. */
    public List<Token> tokens(Sentence sentence) {
        return tokens.subList(sentence.firstToken(), sentence.endToken());
    }
}
