package org.annals.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * The part-of-speech tags, lemmas and basic Universal Dependencies tree of one sentence.
 * Token positions are sentence-local, {@code 0 .. size()-1}; {@code firstToken} places them in
 * {@link AnnotatedText#tokens()}.
 *
 * @param firstToken index in the text's token list of the sentence's first token
 * @param tags       Penn Treebank tag of each token ("VBD", "NNP", …)
 * @param lemmas     lemma of each token, lower-cased
 * @param heads      sentence-local index of each token's head, or -1 for the root
 * @param relations  UD relation of each token to its head ("nsubj", "obl", "nsubj:pass", …; "root" for the root)
 */
public record DependencyParse(int firstToken, List<String> tags, List<String> lemmas, List<Integer> heads,
                              List<String> relations) {
    public DependencyParse {
        tags = List.copyOf(tags);
        lemmas = List.copyOf(lemmas);
        heads = List.copyOf(heads);
        relations = List.copyOf(relations);
        if (lemmas.size() != tags.size() || heads.size() != tags.size() || relations.size() != tags.size()) {
            throw new IllegalArgumentException("parse layers differ in length");
        }
    }

    /** The number of tokens. */
    public int size() {
        return tags.size();
    }

    public String tag(int i) {
        return tags.get(i);
    }

    public String lemma(int i) {
        return lemmas.get(i);
    }

    public int head(int i) {
        return heads.get(i);
    }

    public String relation(int i) {
        return relations.get(i);
    }

    /** The sentence-local indexes of the tokens whose head is {@code i}, in order. */
    public List<Integer> children(int i) {
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < heads.size(); j++) {
            if (heads.get(j) == i) {
                out.add(j);
            }
        }
        return out;
    }
}
