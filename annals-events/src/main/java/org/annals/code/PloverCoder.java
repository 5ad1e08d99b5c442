package org.annals.code;

import org.annals.annotate.AnnotatedText;
import org.annals.annotate.DependencyParse;
import org.annals.annotate.Sentence;
import org.annals.annotate.Token;
import org.annals.annotate.corenlp.CoreNlpParser;
import org.annals.model.Dateline;
import org.annals.model.Entity;
import org.annals.model.Event;
import org.annals.model.Place;
import org.annals.model.Span;
import org.annals.model.TimeExpression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Codes the events of an article in PLOVER, with CAMEO codes beside them: who did what to whom,
 * when and where, each with its trigger, evidence sentences, modality and the lexicon entry that
 * fired. Only sentences holding a lexicon word are parsed.
 *
 * <p>Rules worth knowing:
 * <ul>
 *   <li>Statements are quotes, not events: verbs of saying never code. What someone is reported to
 *       have done ("Russia said China had attacked …") is coded as asserted, with lower confidence and
 *       "+reported" in its rule; "X said Y must …" is a REQUEST by X of Y.</li>
 *   <li>"will visit" is future, "may impose" hypothetical, "did not attend" and "refused to meet" REJECT;
 *       other negated events keep their category with modality negated.</li>
 *   <li>Date: the sentence's own time expression nearest the trigger (none when the page cannot resolve
 *       it); else, for asserted events, the dateline's date, else the publication date, each lowering
 *       confidence (x0.95, x0.9); future and hypothetical events without their own date get none.</li>
 *   <li>The same event (category, mode, modality, actors, recipients, compatible dates) told in
 *       several sentences is one event listing every evidence sentence.</li>
 * </ul>
 * Thread-safe.
 */
public final class PloverCoder {
    /** At most this many sentences of one article are parsed; a news article has a few dozen. */
    static final int MAX_PARSED_SENTENCES = 1000;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    private static final Pattern MONTH_DAY = Pattern.compile("--\\d{2}-\\d{2}");

    private final CoreNlpParser parser;
    private final PlaceResolver places;
    private final EventLexicon lexicon;

    /** A coder that parses with {@code parser} and places events with {@code places}. */
    public PloverCoder(CoreNlpParser parser, PlaceResolver places) {
        this(parser, places, EventLexicon.standard());
    }

    PloverCoder(CoreNlpParser parser, PlaceResolver places, EventLexicon lexicon) {
        this.parser = parser;
        this.places = places;
        this.lexicon = lexicon;
    }

    /** The article's events, merged across sentences, numbered v1, v2, … in text order. */
    public List<Event> code(AnalyzedInput in) {
        AnnotatedText text = in.text();
        List<Sentence> chosen = new ArrayList<>();
        List<Entity[]> entityMaps = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Token> tokens = text.tokens(s);
            Entity[] entityAt = entityAt(in.entities(), tokens);
            boolean named = Arrays.stream(entityAt).anyMatch(Objects::nonNull);
            if (chosen.size() < MAX_PARSED_SENTENCES
                    && lexicon.worthParsing(tokens.stream().map(Token::text).toList(), named)) {
                chosen.add(s);
                entityMaps.add(entityAt);
            }
        }
        List<Optional<DependencyParse>> parses = chosen.isEmpty() ? List.of() : parser.parse(text, chosen);
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            Sentence sentence = chosen.get(i);
            Optional<DependencyParse> parse = parses.get(i);
            if (parse.isEmpty()) {
                continue;
            }
            List<Token> tokens = text.tokens(sentence);
            SentenceReader reader = new SentenceReader(lexicon, parse.get(), tokens, entityMaps.get(i));
            for (SentenceReader.Candidate c : reader.read()) {
                drafts.add(draft(c, sentence.span(), in));
            }
        }
        return number(merge(drafts));
    }

    /** One coded event before numbering; {@code evidence} grows as sentences merge into it. */
    private record Draft(SentenceReader.Candidate c, Place place, String date, Span sentence, List<Span> evidence,
                         double confidence) {
    }

    private Draft draft(SentenceReader.Candidate c, Span sentence, AnalyzedInput in) {
        double confidence = c.confidence();
        TimeExpression own = ownTime(in.times(), sentence, c.trigger());
        String date = own == null ? null : own.value();
        // A time the sentence gives but the page cannot resolve ("June last year" on a page without a year)
        // leaves the date unknown rather than taken from another phrase or the publication day.
        if (own == null && c.modality().equals("asserted")) {
            String dateline = datelineDate(in.dateline(), in.published());
            if (dateline != null) {
                date = dateline;
                confidence *= 0.95;
            } else if (in.published() != null && ISO_DATE.matcher(in.published()).matches()) {
                date = in.published().substring(0, 10);
                confidence *= 0.9;
            }
        }
        Place place = c.place() == null ? null : places.resolve(c.place(), in);
        return new Draft(c, place, date, sentence, List.of(sentence), Math.round(confidence * 100) / 100.0);
    }

    /** The time expression in the sentence nearest the trigger, or null. */
    private static TimeExpression ownTime(List<TimeExpression> times, Span sentence, Span trigger) {
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpression t : times) {
            if (!sentence.contains(t.span())) {
                continue;
            }
            int distance = Math.min(Math.abs(t.span().start() - trigger.end()), Math.abs(trigger.start() - t.span().end()));
            if (distance < bestDistance) {
                best = t;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The dateline's date when it names a day; a dateline without a year takes the publication year. */
    private static String datelineDate(Dateline dateline, String published) {
        if (dateline == null || dateline.date() == null) {
            return null;
        }
        String d = dateline.date();
        if (d.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return d;
        }
        if (MONTH_DAY.matcher(d).matches() && published != null && published.matches("\\d{4}.*")) {
            return published.substring(0, 4) + d.substring(1);
        }
        return null;
    }

    private static List<Draft> merge(List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            int same = -1;
            for (int i = 0; i < out.size() && same < 0; i++) {
                if (sameEvent(out.get(i), d)) {
                    same = i;
                }
            }
            if (same < 0) {
                out.add(d);
                continue;
            }
            Draft first = out.get(same);
            Set<Span> evidence = new LinkedHashSet<>(first.evidence());
            evidence.add(d.sentence());
            SentenceReader.Candidate c = first.c().recipients().isEmpty() ? first.c().withRecipients(d.c().recipients())
                    : first.c();
            out.set(same, new Draft(c, first.place() != null ? first.place() : d.place(),
                    moreExact(first.date(), d.date()), first.sentence(), List.copyOf(evidence),
                    Math.max(first.confidence(), d.confidence())));
        }
        return out;
    }

    /**
     * The same act by the same actors. A mention without recipients joins one with them when they share an
     * actor: "took to the streets to protest against …" in one sentence, or "in his congratulatory message,
     * Xi said …" after "Xi … sent a congratulatory message to …".
     */
    private static boolean sameEvent(Draft a, Draft b) {
        SentenceReader.Candidate x = a.c();
        SentenceReader.Candidate y = b.c();
        boolean partial = x.recipients().isEmpty() || y.recipients().isEmpty();
        boolean sameRecipients = Set.copyOf(x.recipients()).equals(Set.copyOf(y.recipients())) || partial;
        boolean sameActors = Set.copyOf(x.actors()).equals(Set.copyOf(y.actors()))
                || partial && x.actors().stream().anyMatch(y.actors()::contains);
        return x.category().equals(y.category()) && Objects.equals(x.mode(), y.mode())
                && x.modality().equals(y.modality()) && !(x.actors().isEmpty() && x.recipients().isEmpty())
                && sameActors && sameRecipients && compatible(a.date(), b.date());
    }

    /** Dates agree when either is unknown or one is a coarser form of the other ("2024-05" and "2024-05-16"). */
    private static boolean compatible(String a, String b) {
        return a == null || b == null || a.startsWith(b) || b.startsWith(a);
    }

    private static String moreExact(String a, String b) {
        if (a == null) {
            return b;
        }
        return b != null && b.length() > a.length() ? b : a;
    }

    private static List<Event> number(List<Draft> drafts) {
        List<Event> out = new ArrayList<>();
        for (Draft d : drafts) {
            SentenceReader.Candidate c = d.c();
            out.add(new Event("v" + (out.size() + 1), c.category(), c.mode(), c.cameo(), ids(c.actors()),
                    ids(c.recipients()), d.place(), d.date(), c.trigger(), d.sentence(), d.evidence(), c.modality(),
                    d.confidence(), c.rule()));
        }
        return out;
    }

    private static List<String> ids(List<Entity> entities) {
        return entities.stream().map(Entity::id).toList();
    }

    /** For each token of the sentence, the entity one of whose mentions covers it, or null. */
    private static Entity[] entityAt(List<Entity> entities, List<Token> tokens) {
        Entity[] out = new Entity[tokens.size()];
        if (tokens.isEmpty()) {
            return out;
        }
        Span sentence = new Span(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
        for (Entity e : entities) {
            for (Span m : e.mentions()) {
                if (!m.overlaps(sentence)) {
                    continue;
                }
                for (int i = 0; i < tokens.size(); i++) {
                    Token t = tokens.get(i);
                    if (out[i] == null && t.start() < m.end() && m.start() < t.end()) {
                        out[i] = e;
                    }
                }
            }
        }
        return out;
    }
}
