package org.annals.annotate.quote;

import org.annals.annotate.AnnotatedText;
import org.annals.annotate.Sentence;
import org.annals.annotate.Token;
import org.annals.model.Entity;
import org.annals.model.EntityType;
import org.annals.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test texts: a plain tokenizer standing in for CoreNLP, and entities built from the strings that name them. */
final class Texts {
    /** Words (with inner hyphens, points and apostrophes), a possessive 's apart as CoreNLP has it, or one mark. */
    private static final Pattern TOKEN = Pattern.compile("['’]s(?!\\w)|\\w+(?:[-.,]\\w+)*(?:'(?!s(?!\\w))\\w+)?|\\S");

    private Texts() {
    }

    /** Tokens are words and single marks; a sentence ends after . ! ? or at a line break. */
    static AnnotatedText tokenized(String text) {
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int first = 0;
        int lastEnd = 0;
        while (m.find()) {
            if (tokens.size() > first && text.substring(lastEnd, m.start()).contains("\n")) {
                sentences.add(sentence(tokens, first));
                first = tokens.size();
            }
            tokens.add(new Token(m.group(), m.start(), m.end(), null));
            lastEnd = m.end();
            if (m.group().matches("[.!?]") && !followedByClosingMark(text, m.end())) {
                sentences.add(sentence(tokens, first));
                first = tokens.size();
            }
        }
        if (tokens.size() > first) {
            sentences.add(sentence(tokens, first));
        }
        return new AnnotatedText(text, sentences, tokens, List.of());
    }

    private static boolean followedByClosingMark(String text, int i) {
        return i < text.length() && "\"”’»'".indexOf(text.charAt(i)) >= 0;
    }

    private static Sentence sentence(List<Token> tokens, int first) {
        return new Sentence(new Span(tokens.get(first).start(), tokens.get(tokens.size() - 1).end()), first, tokens.size());
    }

    /** An entity whose mentions are every occurrence of the given forms in {@code text}. */
    static Entity entity(String id, EntityType type, String text, String name, String... forms) {
        List<Span> mentions = new ArrayList<>();
        for (String form : forms.length == 0 ? new String[]{name} : forms) {
            for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
                int at = i;
                if (mentions.stream().noneMatch(s -> s.start() <= at && at < s.end())) {
                    mentions.add(new Span(i, i + form.length()));
                }
            }
        }
        mentions.sort(null);
        return new Entity(id, name, type, null, null, List.of(), List.of(), mentions, null);
    }

    /** The span of the first occurrence of {@code part} in {@code text}. */
    static Span span(String text, String part) {
        int i = text.indexOf(part);
        if (i < 0) {
            throw new IllegalArgumentException(part + " not in " + text);
        }
        return new Span(i, i + part.length());
    }
}
