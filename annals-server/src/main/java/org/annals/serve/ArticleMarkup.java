package org.annals.serve;

import org.annals.model.AnalyzedArticle;
import org.annals.model.Entity;
import org.annals.model.Event;
import org.annals.model.Quote;
import org.annals.model.Span;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * An article's text with its layers marked: the text is cut at every start and end of a mention,
 * quote, trigger or evidence sentence, and each piece is one element carrying the layers that
 * cover it (so overlapping layers never need nested markup). Entity mentions link to the actor's
 * page and are coloured by type; quotes carry their speaker; time expressions their normalised
 * value; pieces of an event's evidence carry
 * the event id in {@code data-ev}, which the page's script highlights when the event is chosen.
 */
final class ArticleMarkup {
    /** Most annotations drawn; an article with more shows the first ones only. */
    static final int MAX_MARKS = 4_000;

    private enum Kind { MENTION, QUOTE, TRIGGER, EVIDENCE, TIME }

    private record Mark(int start, int end, Kind kind, String id, String label, String extra) {
    }

    private ArticleMarkup() {
    }

    /**
     * Appends the marked text of {@code a} to {@code parent}.
     *
     * @param canonical article-local entity id to canonical actor id
     */
    static void render(Element parent, AnalyzedArticle a, Map<String, String> canonical) {
        String text = a.article().text();
        List<Mark> marks = marks(a, text.length());
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(text.length());
        for (Mark m : marks) {
            cuts.add(m.start());
            cuts.add(m.end());
        }
        Map<String, Entity> entities = new java.util.HashMap<>();
        a.entities().forEach(e -> entities.put(e.id(), e));
        Integer prev = null;
        int first = 0;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                piece(parent, text, prev, cut, marks, first, entities, canonical);
                while (first < marks.size() && marks.get(first).end() <= cut) {
                    first++;
                }
            }
            prev = cut;
        }
    }

    private static void piece(Element parent, String text, int start, int end, List<Mark> marks, int first,
                              Map<String, Entity> entities, Map<String, String> canonical) {
        Mark mention = null;
        Mark quote = null;
        Mark time = null;
        java.util.Set<String> events = new java.util.LinkedHashSet<>();
        boolean trigger = false;
        // Marks are sorted by end, so only those from `first` on can still cover [start, end).
        for (int i = first; i < marks.size(); i++) {
            Mark m = marks.get(i);
            if (m.start() > start || m.end() < end) {
                continue;
            }
            switch (m.kind()) {
                case MENTION -> mention = mention == null ? m : mention;
                case QUOTE -> {
                    quote = quote == null ? m : quote;
                    if (m.start() == start) {
                        parent.appendElement("span").addClass("qlabel").text(m.label() + " ›");
                    }
                }
                case TRIGGER -> trigger = true;
                case TIME -> time = time == null ? m : time;
                case EVIDENCE -> events.add(m.id());
            }
        }
        String piece = text.substring(start, end);
        if (mention == null && quote == null && time == null && events.isEmpty() && !trigger) {
            parent.appendText(piece);
            return;
        }
        Element el;
        if (mention != null) {
            Entity e = entities.get(mention.id());
            String canon = canonical.get(mention.id());
            el = canon != null && Links.isEntityId(canon)
                    ? parent.appendElement("a").attr("href", Links.entity(canon)) : parent.appendElement("span");
            el.addClass("ent").addClass("ent-" + e.type().name().toLowerCase(Locale.ROOT))
                    .attr("title", e.name() + " (" + e.type().name().toLowerCase(Locale.ROOT) + ")");
        } else {
            el = parent.appendElement("span");
        }
        if (quote != null) {
            el.addClass("quote").attr("data-speaker", quote.label());
            if (quote.extra() != null) {
                el.addClass("quote-" + quote.extra());
            }
        }
        if (trigger) {
            el.addClass("trigger");
        }
        if (time != null) {
            el.addClass("timex").attr("data-value", time.label());
            if (mention == null) {
                el.attr("title", time.label());
            }
        }
        if (!events.isEmpty()) {
            el.addClass("evidence").attr("data-ev", String.join(" ", events));
        }
        el.text(piece);
    }

    /** Every valid mark, sorted by end then start; spans outside the text are dropped. */
    private static List<Mark> marks(AnalyzedArticle a, int length) {
        List<Mark> marks = new ArrayList<>();
        Map<String, String> names = new java.util.HashMap<>();
        for (Entity e : a.entities()) {
            names.put(e.id(), e.name());
            for (Span s : e.mentions()) {
                add(marks, s, length, Kind.MENTION, e.id(), e.name(), null);
            }
        }
        for (Quote q : a.quotes()) {
            String speaker = q.speaker() == null ? "unattributed" : names.getOrDefault(q.speaker(), q.speaker());
            add(marks, q.span(), length, Kind.QUOTE, null, speaker,
                    q.kind() == null ? null : q.kind().name().toLowerCase(Locale.ROOT));
        }
        for (org.annals.model.TimeExpression t : a.times()) {
            if (t.value() != null) {
                add(marks, t.span(), length, Kind.TIME, null, t.value(), null);
            }
        }
        for (Event v : a.events()) {
            if (!Links.isLocalId(v.id())) {
                continue;
            }
            add(marks, v.trigger(), length, Kind.TRIGGER, v.id(), null, null);
            add(marks, v.sentence(), length, Kind.EVIDENCE, v.id(), null, null);
            for (Span s : v.evidence()) {
                add(marks, s, length, Kind.EVIDENCE, v.id(), null, null);
            }
        }
        marks.sort(java.util.Comparator.comparingInt(Mark::end).thenComparingInt(Mark::start));
        return marks;
    }

    private static void add(List<Mark> marks, Span s, int length, Kind kind, String id, String label, String extra) {
        if (s == null || s.end() > length || s.start() >= s.end() || marks.size() >= MAX_MARKS) {
            return;
        }
        marks.add(new Mark(s.start(), s.end(), kind, id, label, extra));
    }
}
