package org.annals.resolve;

import org.annals.annotate.AnnotatedText;
import org.annals.annotate.NamedMention;
import org.annals.annotate.Token;
import org.annals.model.EntityType;
import org.annals.model.Span;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * MISC names the 3-class tagger cannot give: events, awards, agreements and initiatives by the word
 * that ends their name ("Europa League", "Year of Scientific and Technological Innovation"), storms
 * and operations by the word that opens it ("Typhoon Yagi"), and missions, rockets and craft with a
 * number ("Chang'e-6", "Ariane 6", "Shenzhou-18"). The run may hold names the tagger found ("Tour de
 * France", "Paris Olympics"): the MISC name replaces them.
 */
final class NamedThings {
    private static final Set<String> FINAL_HEADS = Set.of("cup", "league", "games", "olympics", "championship",
            "championships", "open", "summit", "forum", "expo", "festival", "prize", "award", "awards", "initiative",
            "treaty", "agreement", "accord", "accords", "declaration", "act", "tour", "marathon", "congress", "war",
            "plan", "strategy", "doctrine", "programme", "program", "mission", "project", "dialogue", "conference",
            "exhibition", "fair", "week", "day", "year", "decade", "protocol", "pact", "charter", "convention");
    private static final Set<String> OPENING_HEADS = Set.of("typhoon", "hurricane", "cyclone", "storm", "operation",
            "year", "tour", "battle", "treaty", "festival", "project", "mission");
    private static final Set<String> NOT_CRAFT = Set.of("article", "section", "chapter", "page", "figure", "table",
            "no", "number", "room", "route", "phase", "level", "grade", "class", "group", "stage", "round", "game",
            "match", "day", "week", "year", "term", "act", "part", "item", "question", "point", "step", "gate",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "covid");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    private static final Set<String> CONNECTORS = Set.of("of", "and", "for", "de", "on", "the");
    private static final int MAX_WORDS = 9;

    AnnotatedText add(AnnotatedText text) {
        List<Token> tokens = text.tokens();
        return Retagging.withFound(text, (from, limit, out) -> {
            int end = thing(tokens, from, limit);
            if (end > from && replaces(out, from, end)) {
                out.add(new NamedMention(new Span(tokens.get(from).start(), tokens.get(end - 1).end()),
                        EntityType.MISC, from, end));
                return end;
            }
            return from;
        });
    }

    /** Removes the mentions inside {@code [from, end)}; false, removing none, when one sticks out of it. */
    private static boolean replaces(List<NamedMention> mentions, int from, int end) {
        for (NamedMention m : mentions) {
            boolean overlaps = m.firstToken() < end && from < m.endToken();
            if (overlaps && (m.firstToken() < from || m.endToken() > end)) {
                return false;
            }
        }
        mentions.removeIf(m -> m.firstToken() >= from && m.endToken() <= end);
        return true;
    }

    /** The end of a MISC name starting at {@code from}, or {@code from} when none starts there. */
    private static int thing(List<Token> tokens, int from, int limit) {
        Token first = tokens.get(from);
        if (!capitalised(first)) {
            return from;
        }
        String lower = first.text().toLowerCase(Locale.ROOT);
        boolean craftName = first.text().length() > 2 && !NOT_CRAFT.contains(lower) && !atSentenceStart(tokens, from);
        // "Chang'e-6", "Shenzhou-18": the tokenizer splits off "-" and the number.
        if (craftName && from + 2 < limit && tokens.get(from + 1).text().equals("-")
                && isNumber(tokens.get(from + 2).text()) && tokens.get(from + 2).start() == tokens.get(from + 1).end()
                && tokens.get(from + 1).start() == first.end()) {
            return from + 3;
        }
        if (craftName && from + 1 < limit && isNumber(tokens.get(from + 1).text())
                && tokens.get(from + 1).start() == first.end() + 1) {
            return from + 2;
        }
        // The longest run of capitalised words (and connectors inside) ending in a final head.
        int end = from;
        int best = from;
        while (end < limit && end - from < MAX_WORDS) {
            Token t = tokens.get(end);
            boolean connector = end > from && CONNECTORS.contains(t.text());
            if (!capitalised(t) && !connector || NOT_CRAFT.contains(t.text().toLowerCase(Locale.ROOT)) && end > from
                    || WEEKDAYS.contains(t.text().toLowerCase(Locale.ROOT))) {
                break;
            }
            end++;
            if (!connector && FINAL_HEADS.contains(t.text().toLowerCase(Locale.ROOT)) && end - from > 1) {
                best = end;
            }
        }
        if (best > from) {
            return best;
        }
        while (end > from + 1 && CONNECTORS.contains(tokens.get(end - 1).text())) {
            end--;
        }
        if (OPENING_HEADS.contains(lower) && end - from > 1 && !atSentenceStart(tokens, from)) {
            return end;
        }
        return from;
    }

    private static boolean capitalised(Token t) {
        return t.text().length() > 1 && Character.isUpperCase(t.text().charAt(0));
    }

    private static boolean isNumber(String word) {
        return word.length() <= 3 && word.chars().allMatch(Character::isDigit) || word.matches("[IVX]{1,4}");
    }

    private static boolean atSentenceStart(List<Token> tokens, int i) {
        return i == 0 || tokens.get(i - 1).text().equals(".");
    }
}
