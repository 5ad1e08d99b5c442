package org.annals.resolve;

import org.annals.annotate.AnnotatedText;
import org.annals.annotate.NamedMention;
import org.annals.annotate.Token;
import org.annals.model.EntityType;
import org.annals.model.Span;

import java.util.List;
import java.util.Optional;

/**
 * Names the knowledge base knows that the tagger left untagged: "WHO", "ESA", "African Union",
 * "Xi Jinping". Only whole runs of untagged, capitalised words within a sentence, longest first;
 * a one-word name only when the knowledge base says it is matched in its exact case (acronyms).
 */
final class KnownNames {
    private static final int MAX_WORDS = 6;

    private final ActorKnowledge knowledge;

    KnownNames(ActorKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    AnnotatedText add(AnnotatedText text) {
        return Retagging.withFound(text, (from, limit, out) -> longestKnown(text, from, limit, out));
    }

    private int longestKnown(AnnotatedText text, int from, int limit, List<NamedMention> out) {
        List<Token> tokens = text.tokens();
        if (!startsName(tokens.get(from))) {
            return from;
        }
        int max = from;
        while (max < limit && max - from < MAX_WORDS && tokens.get(max).ner() == null) {
            max++;
        }
        for (int end = max; end > from; end--) {
            if (!startsName(tokens.get(end - 1)) && end - 1 > from && !connector(tokens.get(end - 1).text())) {
                continue;
            }
            String phrase = text.text().substring(tokens.get(from).start(), tokens.get(end - 1).end());
            Optional<EntityType> type = knowledge.knownName(phrase, end - from == 1);
            if (type.isPresent()) {
                out.add(new NamedMention(new Span(tokens.get(from).start(), tokens.get(end - 1).end()), type.get(),
                        from, end));
                return end;
            }
        }
        return from;
    }

    private static boolean startsName(Token t) {
        return t.ner() == null && t.text().length() > 1 && Character.isUpperCase(t.text().charAt(0));
    }

    private static boolean connector(String word) {
        return word.equals("of") || word.equals("the") || word.equals("and") || word.equals("for");
    }
}
