package org.annals.annotate.time;

import org.annals.model.Span;
import org.annals.model.TimeExpression;
import org.annals.model.TimePrecision;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the date and time expressions of an English text and puts each on the calendar against the page's
 * {@link TimeAnchor}: "on the evening of May 16" is 2024-05-16, "last week" 2024-W20, "3 pm" on a day
 * 2024-05-16T15.
 *
 * <p>One left-to-right pass over the tokens; at each token a handful of small parsers ({@link DateParser},
 * {@link QuarterParser}, {@link RelativeParser}, {@link ClockParser}) look a few tokens ahead, the longest
 * reading wins, {@link Qualifiers} widen it, and a time of day joins the day next to it ("2:07 p.m. on
 * Tuesday", "Friday at 9 am"). Work is linear in the text. No expression and no tense cue crosses a
 * sentence. A bare time of day is dated by the day named last in its paragraph, and "the year before" or
 * "two days later" count from the time named last in it, else from the anchor.
 *
 * <p>Not tagged: durations ("six weeks", "the past three years": they are not points in time), decades
 * and centuries, seasons, holidays, year-less numeric dates ("16/05"), two-digit years. Only the text given
 * is read: teasers for other articles are never passed in, so nothing in them is dated by this page.
 * Thread-safe and stateless.
 */
public final class TimeTagger {
    /** Tags the text with the tagger's own sentence split (full stops before capitals, line breaks). */
    public List<TimeExpression> tag(String text, TimeAnchor anchor) {
        return tag(text, anchor, TokenSequence.of(text));
    }

    /**
     * Tags the text within the given sentences (sorted [start, end) spans, e.g. from {@code AnnotatedText});
     * see {@link #tag(String, TimeAnchor)}.
     */
    public List<TimeExpression> tag(String text, TimeAnchor anchor, List<Span> sentences) {
        return tag(text, anchor, TokenSequence.of(text, sentences));
    }

    private List<TimeExpression> tag(String text, TimeAnchor anchor, TokenSequence ts) {
        List<TimeExpression> found = new ArrayList<>();
        TimeResolver.Resolution reference = null;
        TimeResolver.Resolution dayReference = null;
        int i = 0;
        while (i < ts.size()) {
            if (ts.startsParagraph(i)) {
                reference = null;
                dayReference = null;
            }
            TimeMatch match = matchAt(ts, i);
            if (match == null) {
                i++;
                continue;
            }
            TimeMatch secondDay = DateParser.secondDay(ts, match);
            boolean future = FutureCue.before(ts, match.start());
            for (TimeMatch m : secondDay == null ? List.of(match) : List.of(match, secondDay)) {
                TimeResolver.Resolution r = TimeResolver.resolve(m.reading(), anchor, future, reference, dayReference);
                Span span = new Span(ts.get(m.start()).start(), ts.get(m.end() - 1).end());
                found.add(new TimeExpression(span, span.of(text), r.value(), r.precision(), r.anchor()));
                if (r.start() != null) {
                    reference = r;
                }
                if (r.isReferenceFor(TimePrecision.DAY)) {
                    dayReference = r;
                }
            }
            i = secondDay == null ? match.end() : secondDay.end();
        }
        return found;
    }

    /** The expression starting at token {@code i}, widened by its qualifiers and joined to its time of day. */
    private static TimeMatch matchAt(TokenSequence ts, int i) {
        TimeToken t = ts.get(i);
        if (t.kind() == TimeToken.Kind.PUNCT || t.kind() == TimeToken.Kind.WORD && !CalendarWords.mayStart(t)) {
            return null;
        }
        TimeMatch match = null;
        Qualifiers.Prefix prefix = Qualifiers.prefix(ts, i);
        if (prefix != null) {
            TimeMatch core = core(ts, prefix.end(), true);
            if (core != null && (!prefix.dayOnly() || core.reading().isDay())) {
                match = core.spanning(i, core.end());
            } else {
                match = Qualifiers.periodOfAnchor(ts, i, prefix.end());
            }
        }
        if (match == null) {
            match = core(ts, i, inTimeContext(ts, i));
        }
        if (match == null) {
            return null;
        }
        return withClock(ts, Qualifiers.withPartOfDay(ts, withDate(ts, match)));
    }

    /** The longest bare expression at token {@code i}. */
    private static TimeMatch core(TokenSequence ts, int i, boolean contextual) {
        TimeMatch match = DateParser.parse(ts, i, contextual);
        match = TimeMatch.longer(match, QuarterParser.parse(ts, i));
        match = TimeMatch.longer(match, RelativeParser.parse(ts, i));
        return TimeMatch.longer(match, ClockParser.parse(ts, i, contextual));
    }

    /** Whether the word before token {@code i} makes a lone month or number a time ("in", "since", "and"). */
    private static boolean inTimeContext(TokenSequence ts, int i) {
        if (!ts.within(i, i - 1)) {
            return false;
        }
        TimeToken before = ts.get(i - 1);
        if (CalendarWords.isTimePreposition(before)) {
            return true;
        }
        if (before.is("to")) {
            // "from January to March", "2019 to 2021", but not "Students to March" in a title-case headline
            return ts.within(i, i - 2) && (ts.get(i - 2).kind() == TimeToken.Kind.NUMBER
                    || CalendarWords.month(ts.get(i - 2)) > 0);
        }
        if (CalendarWords.isWeakTimePreposition(before)) {
            // "as early as 2023." but not "as many as 2000 people" or "of 1909 Elm Drive"
            return !ts.within(i, i + 1) || ts.get(i + 1).kind() == TimeToken.Kind.PUNCT;
        }
        // either year of "between 2019 and 2023", "2020 or 2021", "2019-2021"
        boolean afterYear = (DateParser.isRangeLink(before) || before.is("or")) && ts.within(i, i - 2)
                && DateParser.year(ts.get(i - 2)) > 0;
        return afterYear || beforeModernYear(ts, i);
    }

    private static boolean beforeModernYear(TokenSequence ts, int i) {
        if (!ts.within(i, i + 2)) {
            return false;
        }
        TimeToken link = ts.get(i + 1);
        boolean linked = DateParser.isRangeLink(link) || link.is("or");
        return linked && DateParser.year(ts.get(i + 2)) >= 1900 && DateParser.year(ts.get(i)) >= 1900;
    }

    /** "Thursday, May 16": a weekday followed by its date is the date. */
    private static TimeMatch withDate(TokenSequence ts, TimeMatch match) {
        if (match.reading().kind() != TimeReading.Kind.WEEKDAY || !ts.is(match.start(), match.end(), ",")
                || !ts.within(match.start(), match.end() + 1)) {
            return match;
        }
        TimeMatch date = DateParser.parse(ts, match.end() + 1, false);
        boolean day = date != null && date.reading().isDay();
        return day ? date.spanning(match.start(), date.end()) : match;
    }

    /**
     * A time of day joined to its day, either way round: "2:07 p.m. on Tuesday", "8 p.m. local time on
     * Tuesday", "May 16 at 10:30", "Friday, 9 am".
     */
    private static TimeMatch withClock(TokenSequence ts, TimeMatch match) {
        TimeReading reading = match.reading();
        int start = match.start();
        if (reading.kind() == TimeReading.Kind.CLOCK) {
            int j = ClockParser.zoneEnd(ts, start, match.end());
            if (ts.is(start, j, "on") || ts.is(start, j, ",")) {
                j++;
            }
            if (!ts.within(start, j)) {
                return match;
            }
            TimeMatch day = RelativeParser.parse(ts, j);
            day = TimeMatch.longer(day, DateParser.parse(ts, j, false));
            if (day != null && day.reading().isDay()) {
                day = Qualifiers.withPartOfDay(ts, withDate(ts, day));
                return new TimeMatch(start, day.end(), day.reading().at(reading.hour(), reading.minute()));
            }
            return match;
        }
        if (!reading.isDay()) {
            return match;
        }
        int j = ts.is(start, match.end(), "at") || ts.is(start, match.end(), ",") ? match.end() + 1 : match.end();
        TimeMatch clock = ts.within(start, j) ? ClockParser.parse(ts, j, j > match.end()) : null;
        if (clock == null || clock.reading().kind() != TimeReading.Kind.CLOCK) {
            return match;
        }
        return new TimeMatch(start, clock.end(), reading.at(clock.reading().hour(), clock.reading().minute()));
    }
}
