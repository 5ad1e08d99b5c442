package org.annals.annotate.quote;

import org.annals.annotate.AnnotatedText;
import org.annals.annotate.Sentence;
import org.annals.model.Entity;
import org.annals.model.Quote;
import org.annals.model.QuoteKind;
import org.annals.model.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Finds what the people and bodies of a text said: direct quotes between quotation marks and reported
 * speech ("X said that …", "according to X, …"), each with its speaker, cue and kind. The stages:
 * {@link DirectQuoteFinder} takes the quoted passages, {@link ReportedSpeechFinder} the speech cues
 * with their subjects and contents, {@link SpeakerResolver} the entity each subject names; this class
 * joins them. A passage takes the cue whose content it is, else a cue after it in its sentence, else
 * one before it; a passage with no cue but the look of speech (four words or closing punctuation)
 * continues the speaker of the quote before it in the same paragraph. Reported content mostly made of
 * a quotation is that direct quote; reported content with a quoted fragment yields both. Thread-safe.
 */
public final class QuoteAttributor {
    private final DirectQuoteFinder direct = new DirectQuoteFinder();
    private final ReportedSpeechFinder reported;

    /** An attributor with the standard speech cues. */
    public QuoteAttributor() {
        this(SpeechCueLexicon.standard());
    }

    /** An attributor with the cues of {@code lexicon}. */
    public QuoteAttributor(SpeechCueLexicon lexicon) {
        this.reported = new ReportedSpeechFinder(lexicon);
    }

    private record Draft(Span span, QuoteKind kind, String speaker, Span cue, boolean continues) {
    }

    /**
     * The quotes of a text, in text order.
     *
     * @param annotated the text with its sentences and tokens
     * @param entities  its entities; speakers are their ids
     */
    public List<Quote> attribute(AnnotatedText annotated, List<Entity> entities) {
        String text = annotated.text();
        List<QuotedPassage> passages = direct.find(text);
        List<Attribution> attributions = reported.find(annotated, passages, entities);
        SpeakerResolver resolver = new SpeakerResolver(annotated, entities);
        String[] speakers = new String[attributions.size()];
        for (int i = 0; i < attributions.size(); i++) {
            Attribution a = attributions.get(i);
            // "X said …, adding that …": the participle carries on the speaker of its sentence's cue.
            // An unnamed one ("They acknowledged …, noting that …") carries on as unnamed.
            boolean carriesOn = a.continues() && i > 0
                    && sentenceStart(annotated, attributions.get(i - 1).cue().start())
                    == sentenceStart(annotated, a.cue().start());
            speakers[i] = carriesOn ? speakers[i - 1] : resolver.speaker(a);
        }
        int[] opens = passages.stream().mapToInt(QuotedPassage::open).toArray();
        int[] byContent = attributionsByContent(passages, opens, attributions);
        List<Draft> drafts = new ArrayList<>();
        for (int p = 0; p < passages.size(); p++) {
            QuotedPassage passage = passages.get(p);
            int a = byContent[p] >= 0 ? byContent[p] : besideAttribution(annotated, passages, p, attributions);
            if (a >= 0) {
                drafts.add(new Draft(passage.content(), QuoteKind.DIRECT, speakers[a], attributions.get(a).cue(), false));
            } else if (looksLikeSpeech(passage.content().of(text)) && !isTitle(text, passage.open())) {
                drafts.add(new Draft(passage.content(), QuoteKind.DIRECT, null, null, true));
            }
        }
        for (int i = 0; i < attributions.size(); i++) {
            Attribution a = attributions.get(i);
            if (a.content() != null && quotedShare(a.content(), passages, opens) < 0.5) {
                drafts.add(new Draft(a.content(), QuoteKind.REPORTED, speakers[i], a.cue(), false));
            }
        }
        drafts.sort(Comparator.comparing(Draft::span));
        int[] lineBreaks = text.chars().map(c -> c == '\n' ? 1 : 0).toArray();
        for (int i = 1; i < lineBreaks.length; i++) {
            lineBreaks[i] += lineBreaks[i - 1];
        }
        List<Quote> quotes = new ArrayList<>(drafts.size());
        Span previous = null;
        String previousSpeaker = null;
        for (Draft d : drafts) {
            String speaker = d.speaker();
            if (d.continues() && previous != null
                    && lineBreaks[d.span().start()] == lineBreaks[Math.max(0, previous.end() - 1)]) {
                speaker = previousSpeaker;
            }
            quotes.add(new Quote(d.span(), d.span().of(text), d.kind(), speaker,
                    d.cue() == null ? null : d.cue().of(text), d.cue()));
            previous = d.span();
            previousSpeaker = speaker;
        }
        return List.copyOf(quotes);
    }

    private static final java.util.Set<String> NAMING_WORDS = java.util.Set.of("titled", "entitled", "called",
            "named", "dubbed", "themed", "theme", "slogan", "headlined", "motto", "initiative", "campaign", "book",
            "film", "song", "report", "exhibition", "presentation", "programme", "program", "documentary");

    /** A quoted name rather than speech: "a presentation titled “…”", "under the theme “…”". */
    private static boolean isTitle(String text, int open) {
        int end = open;
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ':'
                || text.charAt(end - 1) == ',')) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return NAMING_WORDS.contains(text.substring(start, end).toLowerCase(java.util.Locale.ROOT));
    }

    /** For each passage, the attribution whose content overlaps it most, or -1. */
    private static int[] attributionsByContent(List<QuotedPassage> passages, int[] opens,
                                               List<Attribution> attributions) {
        int[] best = new int[passages.size()];
        int[] overlap = new int[passages.size()];
        Arrays.fill(best, -1);
        for (int i = 0; i < attributions.size(); i++) {
            Span c = attributions.get(i).content();
            if (c == null) {
                continue;
            }
            for (int p = firstPassageReaching(opens, c.start()); p < passages.size() && opens[p] < c.end(); p++) {
                int o = overlap(c, marked(passages.get(p)));
                if (o > overlap[p]) {
                    overlap[p] = o;
                    best[p] = i;
                }
            }
        }
        return best;
    }

    /** A cue after the passage in the sentence where it closes, else one before it in the sentence where it opens. */
    private static int besideAttribution(AnnotatedText annotated, List<QuotedPassage> passages, int p,
                                         List<Attribution> attributions) {
        QuotedPassage passage = passages.get(p);
        int afterEnd = sentenceEnd(annotated, passage.close());
        if (p + 1 < passages.size()) {
            afterEnd = Math.min(afterEnd, passages.get(p + 1).open());
        }
        int first = firstCueAtOrAfter(attributions, passage.close() + 1);
        if (first < attributions.size() && attributions.get(first).cue().end() <= afterEnd) {
            return first;
        }
        int beforeStart = sentenceStart(annotated, passage.open());
        if (p > 0) {
            beforeStart = Math.max(beforeStart, passages.get(p - 1).close() + 1);
        }
        int last = firstCueAtOrAfter(attributions, passage.open()) - 1;
        if (last >= 0 && attributions.get(last).cue().start() >= beforeStart) {
            return last;
        }
        // "X said:" ending the paragraph before the quotation
        int colon = passage.open() - 1;
        while (colon >= 0 && colon > passage.open() - 10 && Character.isWhitespace(annotated.text().charAt(colon))) {
            colon--;
        }
        if (colon >= 0 && annotated.text().charAt(colon) == ':' && (p == 0 || passages.get(p - 1).close() < colon)) {
            int cue = firstCueAtOrAfter(attributions, colon) - 1;
            if (cue >= 0 && attributions.get(cue).cue().start() >= sentenceStart(annotated, colon)) {
                return cue;
            }
        }
        return -1;
    }

    private static int firstCueAtOrAfter(List<Attribution> attributions, int position) {
        int lo = 0;
        int hi = attributions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (attributions.get(mid).cue().start() < position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static Sentence sentenceAt(AnnotatedText annotated, int position) {
        List<Sentence> sentences = annotated.sentences();
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid).span();
            if (s.end() <= position) {
                lo = mid + 1;
            } else if (s.start() > position) {
                hi = mid - 1;
            } else {
                return sentences.get(mid);
            }
        }
        return null;
    }

    private static int sentenceEnd(AnnotatedText annotated, int position) {
        Sentence s = sentenceAt(annotated, position);
        return s == null ? position : s.span().end();
    }

    private static int sentenceStart(AnnotatedText annotated, int position) {
        Sentence s = sentenceAt(annotated, position);
        return s == null ? position : s.span().start();
    }

    /** How much of {@code content} lies inside quotation marks, from 0 to 1. */
    private static double quotedShare(Span content, List<QuotedPassage> passages, int[] opens) {
        int quoted = 0;
        for (int p = firstPassageReaching(opens, content.start()); p < passages.size() && opens[p] < content.end(); p++) {
            quoted += overlap(content, passages.get(p).content());
        }
        return content.length() == 0 ? 1 : (double) quoted / content.length();
    }

    /** The passage that may reach {@code position}: the last opening at or before it (passages never nest). */
    private static int firstPassageReaching(int[] opens, int position) {
        int p = Arrays.binarySearch(opens, position);
        return p < 0 ? Math.max(0, -p - 2) : p;
    }

    private static Span marked(QuotedPassage p) {
        return new Span(p.open(), p.close() + 1);
    }

    private static int overlap(Span a, Span b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }

    /**
     * Speech rather than a title or a scare-quoted term: four words, or two with closing punctuation,
     * and not in title case ("The Medium Is the Message").
     */
    static boolean looksLikeSpeech(String content) {
        String[] words = content.strip().split("\\s+");
        if (words[0].isEmpty()) {
            return false;
        }
        int capitalised = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                capitalised++;
            }
        }
        if (words.length >= 3 && capitalised * 4 >= words.length * 3) {
            return false;
        }
        String last = words[words.length - 1];
        return words.length >= 4 || words.length >= 2 && ".,!?…".indexOf(last.charAt(last.length() - 1)) >= 0;
    }
}
