package org.annals.resolve;

import org.annals.annotate.AnnotatedText;
import org.annals.annotate.NamedMention;
import org.annals.annotate.Token;
import org.annals.model.EntityType;
import org.annals.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Mends organisation names the tagger cut at "of the" or "on": "Council of the European Union"
 * (tagged "European Union"), "Organization of the Petroleum Exporting Countries" (tagged "Petroleum
 * Exporting Countries"), "Intergovernmental Authority on Development" (tagged "Intergovernmental
 * Authority"); and drops a sentence-opening plural taken into a name ("Leaders of the Association of …").
 */
final class OrganizationBoundaries {
    private static final Set<String> HEADS = Set.of("organization", "organisation", "council", "court", "association",
            "union", "ministry", "department", "bank", "authority", "institute", "federation", "commission",
            "committee", "league", "office", "agency", "party", "academy", "university", "museum", "conference",
            "assembly", "board", "fund", "bureau", "secretariat", "society", "alliance", "forum", "centre", "center",
            "service", "administration", "corporation", "foundation", "program", "programme", "school", "college");
    private static final Set<String> JOINERS = Set.of("of", "on", "for");
    /** "… Union on Monday" is a date, not a longer name. */
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");

    AnnotatedText mend(AnnotatedText text) {
        List<Token> tokens = text.tokens();
        List<NamedMention> out = new ArrayList<>(text.mentions().size());
        boolean changed = false;
        for (NamedMention m : text.mentions()) {
            NamedMention mended = extendRight(tokens, extendLeft(tokens, trimOpening(text, m)));
            changed |= !mended.equals(m);
            out.add(mended);
        }
        return changed ? Retagging.withMentions(text, dropOverlaps(out)) : text;
    }

    /** "Council" "of the" [European Union] → one organisation. */
    private static NamedMention extendLeft(List<Token> tokens, NamedMention m) {
        int i = m.firstToken() - 1;
        if (i >= 0 && tokens.get(i).text().equals("the")) {
            i--;
        }
        if (i < 1 || !tokens.get(i).text().equals("of")) {
            return m;
        }
        Token head = tokens.get(i - 1);
        if (head.ner() != null || !isHead(head.text()) || !Character.isUpperCase(head.text().charAt(0))) {
            return m;
        }
        int start = i - 1;
        while (start > 0 && tokens.get(start - 1).ner() == null && capitalised(tokens.get(start - 1).text())
                && i - start < 4 && !isSentenceOpening(tokens, start - 1)) {
            start--;
        }
        return new NamedMention(new Span(tokens.get(start).start(), m.span().end()), EntityType.ORGANIZATION,
                start, m.endToken());
    }

    /** [Intergovernmental Authority] "on Development" → one organisation. */
    private static NamedMention extendRight(List<Token> tokens, NamedMention m) {
        if (m.type() != EntityType.ORGANIZATION || !isHead(tokens.get(m.endToken() - 1).text())) {
            return m;
        }
        int j = m.endToken();
        if (j + 1 >= tokens.size() || !JOINERS.contains(tokens.get(j).text())) {
            return m;
        }
        int end = j + 1;
        if (tokens.get(end).text().equals("the")) {
            end++;
        }
        int first = end;
        while (end < tokens.size() && end - first < 4 && tokens.get(end).ner() == null && capitalised(tokens.get(end).text())
                && !CALENDAR.contains(tokens.get(end).text().toLowerCase(Locale.ROOT))) {
            end++;
        }
        if (end == first) {
            return m;
        }
        return new NamedMention(new Span(m.span().start(), tokens.get(end - 1).end()), m.type(), m.firstToken(), end);
    }

    /** "Leaders of the Association of Southeast Asian Nations": the opening plural is not part of the name. */
    private static NamedMention trimOpening(AnnotatedText text, NamedMention m) {
        List<Token> tokens = text.tokens();
        int first = m.firstToken();
        String w = tokens.get(first).text().toLowerCase(Locale.ROOT);
        if (m.endToken() - first < 4 || !isSentenceOpening(tokens, first) || !w.endsWith("s") || isHead(w)
                || !tokens.get(first + 1).text().equals("of")) {
            return m;
        }
        int start = first + 2;
        if (tokens.get(start).text().equals("the")) {
            start++;
        }
        return new NamedMention(new Span(tokens.get(start).start(), m.span().end()), m.type(), start, m.endToken());
    }

    private static boolean isSentenceOpening(List<Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        String previous = tokens.get(i - 1).text();
        return previous.equals(".") || previous.equals("!") || previous.equals("?") || previous.equals("``");
    }

    private static boolean isHead(String word) {
        return HEADS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /** A mended mention may now cover the next one; the first keeps the tokens. */
    private static List<NamedMention> dropOverlaps(List<NamedMention> mentions) {
        List<NamedMention> out = new ArrayList<>();
        int covered = 0;
        for (NamedMention m : mentions) {
            if (m.firstToken() >= covered) {
                out.add(m);
                covered = m.endToken();
            }
        }
        return out;
    }
}
