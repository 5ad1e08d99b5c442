package org.annals.resolve;

import org.annals.annotate.AnnotatedText;
import org.annals.annotate.Sentence;
import org.annals.annotate.Token;
import org.annals.model.EntityType;
import org.annals.model.Span;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Links a subject "he" or "she" to the person it clearly refers back to: a pronoun opening a
 * sentence refers to the only person of its gender named in the sentence before, else to the first
 * person named there (its subject); one in "…, he
 * said" refers to the last person named before it in its own sentence, else as above. A pronoun
 * whose gender contradicts what the text says of the person is left alone, and so is one with no
 * person in the two sentences before it.
 */
final class PronounLinker {
    private static final Set<String> MALE = Set.of("he");
    private static final Set<String> FEMALE = Set.of("she");

    void link(AnnotatedText text, int[] sentenceOfToken, List<Cluster> clusters) {
        TreeMap<Integer, Cluster> personAt = new TreeMap<>();
        for (Cluster c : clusters) {
            if (c.type() == EntityType.PERSON) {
                for (Span s : c.mentions) {
                    personAt.put(s.start(), c);
                }
            }
        }
        if (personAt.isEmpty()) {
            return;
        }
        List<Token> tokens = text.tokens();
        List<Sentence> sentences = text.sentences();
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).text().toLowerCase(java.util.Locale.ROOT);
            boolean male = MALE.contains(w);
            if (!male && !FEMALE.contains(w)) {
                continue;
            }
            int s = sentenceOfToken[i];
            Sentence sentence = sentences.get(s);
            boolean opensSentence = i == sentence.firstToken() || openingQuoteOnly(tokens, sentence.firstToken(), i);
            Cluster antecedent = null;
            boolean clear = true;
            if (!opensSentence) {
                Map.Entry<Integer, Cluster> before = personAt.lowerEntry(tokens.get(i).start());
                if (before != null && before.getKey() >= sentence.span().start()) {
                    antecedent = before.getValue();
                }
            }
            for (int back = 1; antecedent == null && back <= 2 && s - back >= 0; back++) {
                Span previous = sentences.get(s - back).span();
                Map.Entry<Integer, Cluster> first = personAt.ceilingEntry(previous.start());
                if (first != null && first.getKey() < previous.end()) {
                    List<Cluster> named = personAt.subMap(previous.start(), previous.end()).values().stream()
                            .distinct().toList();
                    clear = named.size() == 1;
                    Cluster ofGender = clear ? null : onlyOfGender(named, male ? 1 : 0);
                    antecedent = ofGender != null ? ofGender : first.getValue();
                }
            }
            if (antecedent != null && (antecedent.gender < 0 || antecedent.gender == (male ? 1 : 0))) {
                antecedent.mentions.add(new Span(tokens.get(i).start(), tokens.get(i).end()));
                // A guess between two people must not fix the gender that later pronouns are checked against.
                if (antecedent.gender < 0 && clear) {
                    antecedent.gender = male ? 1 : 0;
                }
            }
        }
    }

    /** The one person of this gender, as the text has shown it, among several; else null. */
    private static Cluster onlyOfGender(List<Cluster> people, int gender) {
        List<Cluster> matching = people.stream().filter(c -> c.gender == gender).toList();
        return matching.size() == 1 ? matching.get(0) : null;
    }

    private static boolean openingQuoteOnly(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String t = tokens.get(k).text();
            if (!t.equals("``") && !t.equals("\"") && !t.equals("“") && !t.equals("'")) {
                return false;
            }
        }
        return true;
    }
}
