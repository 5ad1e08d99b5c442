package org.annals.annotate.quote;

import org.annals.annotate.AnnotatedText;
import org.annals.annotate.Sentence;
import org.annals.annotate.Token;
import org.annals.model.Entity;
import org.annals.model.EntityType;
import org.annals.model.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the speech cues of each sentence outside quotation marks and, for each, the words naming the
 * speaker and the content: "SPEAKER CUE (that) CONTENT", "CONTENT, SPEAKER CUE", "CONTENT, CUE SPEAKER",
 * "According to SPEAKER, CONTENT", "CONTENT, according to SPEAKER" and "SPEAKER CUE: "QUOTE"". Without
 * part-of-speech tags it reads structure from commas, "that", closing quotation marks and small word
 * lists; every scan is bounded by a window of tokens.
 */
public final class ReportedSpeechFinder {
    /** Longest content taken, in characters. */
    static final int MAX_CONTENT_CHARS = 3000;
    private static final int SUBJECT_WINDOW = 15;
    private static final int THAT_WINDOW = 10;

    private static final Set<String> PASSIVE = Set.of("is", "was", "were", "are", "be", "been", "being");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    /** Adverbs and auxiliaries between a subject and its cue ("X also said", "X has said", "X on Monday said"). */
    private static final Set<String> ADVERBS = Set.of("also", "later", "earlier", "again", "then", "today",
            "yesterday", "tonight", "separately", "previously", "repeatedly", "publicly", "recently", "privately",
            "firmly", "reportedly", "further", "once", "however", "meanwhile", "too", "had", "has", "have", "would",
            "will", "could", "did", "does", "do", "never", "not", "always", "often");
    /** Words that start an adverbial after a cue ("said on Monday", "said in a statement"). */
    private static final Set<String> ADVERBIAL_STARTS = Set.of("on", "in", "at", "during", "after", "before",
            "late", "early", "earlier", "later", "also", "again", "today", "yesterday", "tonight", "outside", "via",
            "from", "with", "while", "when", "through", "this", "last", "as", "separately", "publicly", "privately",
            "repeatedly", "recently", "afterwards", "shortly", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    /** Nouns an adverbial after a cue ends with ("in a statement", "at a press conference"). */
    private static final Set<String> SETTINGS = Set.of("statement", "interview", "speech", "letter", "post",
            "message", "briefing", "conference", "meeting", "summit", "rally", "event", "session", "hearing",
            "ceremony", "visit", "call", "broadcast", "address", "television", "radio", "media", "forum", "report",
            "communique", "tweet", "video", "podcast", "parliament", "court", "match", "game", "email", "website",
            "twitter", "telegram", "facebook", "instagram", "weibo", "x", "tv", "reporters", "journalists",
            "lawmakers", "agency", "debate", "discussion", "trial", "funeral", "tour", "campaign", "outlet",
            "newspaper", "channel", "broadcaster", "talks", "trip");
    private static final Set<String> NOUN_MARKERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our",
            "my", "your", "this", "these", "those", "'s", "’s", "whose");
    /** "shares added 2.1 percent": a number and a measure after a cue are no clause. */
    private static final Set<String> MEASURES = Set.of("points", "point", "percent", "%", "cents", "pence",
            "basis", "per", "pct");
    /** Words inside a run of names ("Hassan Farid and Jordan's King Abdullah"). */
    private static final Set<String> NAME_GLUE = Set.of("and", "'s", "’s", "of", "the");
    private static final Set<String> DASHES = Set.of("—", "–", "--", "-");
    private static final Set<String> PREPOSITIONS = Set.of("in", "at", "on", "during", "after", "before", "from",
            "outside", "to", "via", "with", "through", "between", "alongside", "near", "ahead");
    /** Participles inside adverbials ("in a report published on Monday"). */
    private static final Set<String> PARTICIPLES = Set.of("published", "released", "issued", "posted", "broadcast",
            "aired", "carried", "seen");
    private static final Set<String> CLAUSE_BOUNDARIES = Set.of(";", ":", "that", "which", "who", "whom",
            "because", "--", "—", "–");
    /** First words that show a that-less complement is not a clause ("said to be", "said on Monday."). */
    private static final Set<String> NOT_CLAUSE_STARTS = Set.of("to", "for", "by", "with", "of", "in", "on",
            "at", "from", "about", "so", "and", "or", "but", "yes", "as", "after", "before", "during",
            "reporters", "journalists", "'s", "’s");

    private final SpeechCueLexicon lexicon;

    /** A finder using {@code lexicon} for its cues. */
    public ReportedSpeechFinder(SpeechCueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Every use of a speech cue outside quotation marks, in text order.
     *
     * @param annotated the text with its sentences and tokens
     * @param passages  the quoted passages of the text, in order (their words are not searched for cues)
     * @param entities  the entities of the text; their mentions tell names from other words
     */
    public List<Attribution> find(AnnotatedText annotated, List<QuotedPassage> passages, List<Entity> entities) {
        Tokens tokens = new Tokens(annotated, passages, entities);
        List<Attribution> out = new ArrayList<>();
        for (Sentence sentence : annotated.sentences()) {
            new SentenceReader(tokens, sentence.firstToken(), sentence.endToken()).read(out);
        }
        out.sort(Comparator.comparing(Attribution::cue));
        return out;
    }

    /** The tokens of the whole text with what the sentence readers ask of them. */
    private static final class Tokens {
        final String text;
        final List<Token> list;
        final String[] words;
        /** Index of the passage whose marks enclose each token, or -1. */
        final int[] passage;
        final boolean[] closer;
        /** The type of the entity each token names, or null. */
        final EntityType[] named;
        final List<QuotedPassage> passages;

        Tokens(AnnotatedText annotated, List<QuotedPassage> passages, List<Entity> entities) {
            this.text = annotated.text();
            this.list = annotated.tokens();
            this.passages = passages;
            int n = list.size();
            words = new String[n];
            passage = new int[n];
            closer = new boolean[n];
            named = new EntityType[n];
            Arrays.fill(passage, -1);
            int p = 0;
            for (int i = 0; i < n; i++) {
                Token t = list.get(i);
                words[i] = text.substring(t.start(), t.end()).toLowerCase(Locale.ROOT);
                while (p < passages.size() && passages.get(p).close() < t.start()) {
                    p++;
                }
                if (p < passages.size() && passages.get(p).open() <= t.start()) {
                    passage[i] = p;
                    closer[i] = t.start() <= passages.get(p).close() && passages.get(p).close() < t.end();
                }
            }
            int[] starts = list.stream().mapToInt(Token::start).toArray();
            for (Entity e : entities) {
                if (e.type() == EntityType.MISC) {
                    continue;
                }
                for (Span m : e.mentions()) {
                    int i = Arrays.binarySearch(starts, m.start());
                    for (i = i < 0 ? Math.max(0, -i - 2) : i; i < n && list.get(i).start() < m.end(); i++) {
                        if (list.get(i).end() > m.start()) {
                            named[i] = e.type();
                        }
                    }
                }
            }
        }

        Span span(int first, int end) {
            return new Span(list.get(first).start(), list.get(end - 1).end());
        }

        /** Whether the token is punctuation only. */
        boolean punctuation(int i) {
            return words[i].codePoints().noneMatch(Character::isLetterOrDigit);
        }
    }

    /** Reads one sentence: the last cue with its content before it, then the rest from left to right. */
    private final class SentenceReader {
        private final Tokens t;
        private final String[] w;
        private final int from;
        private final int to;
        private final List<String> words;
        private final int firstWord;
        /** Whether a cue starts at each token of the sentence. */
        private final boolean[] cueAt;

        SentenceReader(Tokens tokens, int from, int to) {
            this.t = tokens;
            this.w = tokens.words;
            this.from = from;
            this.to = to;
            this.words = Arrays.asList(tokens.words).subList(from, to);
            int first = from;
            while (first < to && t.punctuation(first)) {
                first++;
            }
            this.firstWord = first;
            this.cueAt = new boolean[to - from];
        }

        void read(List<Attribution> out) {
            List<int[]> cues = new ArrayList<>();
            List<SpeechCueLexicon.Match> matches = new ArrayList<>();
            for (int k = from; k < to; k++) {
                SpeechCueLexicon.Match m = t.passage[k] >= 0 || t.named[k] != null ? null : lexicon.match(words, k - from);
                if (m != null && !passive(k) && !noun(k) && !imperative(k, m)) {
                    cueAt[k - from] = true;
                    cues.add(new int[]{k, m.length()});
                    matches.add(m);
                    k += m.length() - 1;
                }
            }
            int skipUntil = from;
            for (int c = cues.size() - 1; c >= 0; c--) {
                Set<SpeechCueLexicon.Frame> frames = matches.get(c).frames();
                if (!frames.contains(SpeechCueLexicon.Frame.THAT) && !frames.contains(SpeechCueLexicon.Frame.BARE)) {
                    continue;
                }
                Tail tail = tail(cues.get(c)[0], cues.get(c)[1], frames);
                if (tail != null) {
                    out.add(tail.attribution());
                    skipUntil = tail.end();
                    break;
                }
            }
            int[] participleAfter = new int[cues.size()];
            int next = to;
            for (int c = cues.size() - 1; c >= 0; c--) {
                participleAfter[c] = next;
                int k = cues.get(c)[0];
                if (k - 1 > from && w[k - 1].equals(",") && w[k].endsWith("ing")) {
                    next = k - 1;
                }
            }
            int claimed = skipUntil;
            for (int c = 0; c < cues.size(); c++) {
                int k = cues.get(c)[0];
                int len = cues.get(c)[1];
                if (k < claimed) {
                    continue;
                }
                Set<SpeechCueLexicon.Frame> frames = matches.get(c).frames();
                Span cue = t.span(k, k + len);
                if (frames.contains(SpeechCueLexicon.Frame.SOURCE)) {
                    int[] content = sourceContent(k, len, claimed);
                    Span subject = sourceSubject(k + len);
                    out.add(new Attribution(cue, subject, true, content == null ? null : t.span(content[0], content[1]), false));
                    claimed = Math.max(claimed, k + len);
                    continue;
                }
                boolean continues = w[k].endsWith("ing") && k > from && w[k - 1].equals(",");
                int[] subject = continues ? mainClause(k - 1) : leftSubject(k);
                int[] content;
                if (!continues && (subject == null ? afterQuotation(k, true) : afterQuotation(subject[0], false))) {
                    // '"…," said X': the quotation is the content; the speaker may follow the cue.
                    content = null;
                    int e = invertedSubjectEnd(k + len);
                    if (subject == null && e > k + len && namesSpeaker(k + len, e)) {
                        subject = new int[]{k + len, e, 1};
                    }
                } else {
                    content = content(k, len, frames, participleAfter[c]);
                }
                out.add(new Attribution(cue, subject == null ? null : t.span(subject[0], subject[1]),
                        subject != null && subject[2] == 1, content == null ? null : t.span(content[0], content[1]),
                        continues));
                claimed = content == null ? k + len : content[1];
            }
        }

        /**
         * Whether the clause starting at {@code i} follows a closing quotation mark (and perhaps a comma);
         * a cue without subject may follow a quotation that ended the sentence before ('"Is it?" asked X').
         */
        private boolean afterQuotation(int i, boolean acrossSentences) {
            int p = i - 1;
            if (p >= from && w[p].equals(",") && t.passage[p] < 0) {
                p--;
            }
            return p >= 0 && (p >= from || acrossSentences && i == firstWord) && t.closer[p];
        }

        /** "her hopes", "the minister's claims", "a warning": the cue word used as a noun. */
        private boolean noun(int k) {
            return k > from && NOUN_MARKERS.contains(w[k - 1]);
        }

        /** "Add the juice", "Tell us": a cue opening its sentence without a subject is an imperative. */
        private boolean imperative(int k, SpeechCueLexicon.Match m) {
            return k == firstWord && (k == 0 || !t.closer[k - 1]) && !m.frames().contains(SpeechCueLexicon.Frame.SOURCE) && !w[k].endsWith("ing");
        }

        /** "was told", "is said to", "are widely believed": not a speaker's cue. */
        private boolean passive(int k) {
            int p = k - 1;
            if (p >= from && w[p].endsWith("ly")) {
                p--;
            }
            return p >= from && PASSIVE.contains(w[p]);
        }

        private record Tail(Attribution attribution, int end) {
        }

        /** "CONTENT, SPEAKER CUE (adverbials)." or "CONTENT, CUE SPEAKER." or ""QUOTE," SPEAKER CUE." */
        private Tail tail(int k, int len, Set<SpeechCueLexicon.Frame> frames) {
            int boundary = boundaryBefore(k);
            if (boundary < 0) {
                return null;
            }
            int j = k + len;
            int[] subject;
            boolean follows = false;
            if (boundary + 1 < k) {
                if (k - boundary - 1 > 8) {
                    return null;
                }
                subject = new int[]{boundary + 1, k};
            } else {
                int e = invertedSubjectEnd(j);
                if (e > j && namesSpeaker(e - 1, e)) {
                    subject = new int[]{j, e};
                    follows = true;
                    j = e;
                } else {
                    // "CONTENT, NAME, APPOSITION, said."
                    int b2 = t.closer[boundary] ? -1 : boundaryBefore(boundary);
                    int b3 = b2 < 0 || t.closer[b2] ? b2 : boundaryBefore(b2);
                    if (b3 >= 0 && b2 - b3 - 1 <= 6 && namesSpeaker(b3 + 1, boundary)) {
                        subject = new int[]{b3 + 1, boundary};
                        boundary = b3;
                    } else if (b2 >= 0 && namesSpeaker(b2 + 1, boundary)) {
                        subject = new int[]{b2 + 1, boundary};
                        boundary = b2;
                    } else {
                        return null;
                    }
                }
            }
            for (int i = subject[0]; i < subject[1]; i++) {
                if (cueAt[i - from]) {
                    return null;
                }
            }
            if (frames.contains(SpeechCueLexicon.Frame.OBJECT)) {
                for (int n = 0; n < 4 && j < to && !stop(j); n++) {
                    j++;
                }
            }
            // "X expressed confidence in Y": after a subject, a complement-taking cue must end its clause.
            if (!tailEnds(frames.contains(SpeechCueLexicon.Frame.NP) && !follows ? skipAdverbs(j) : skipAdverbials(j))) {
                return null;
            }
            Span content;
            if (t.closer[boundary]) {
                content = t.passages.get(t.passage[boundary]).content();
            } else {
                int[] c = trimmed(from, boundary, true);
                if (c == null || c[1] - c[0] < 3) {
                    return null;
                }
                content = t.span(c[0], c[1]);
            }
            Span cue = t.span(k, k + len);
            return new Tail(new Attribution(cue, t.span(subject[0], subject[1]), follows, content, false),
                    Math.max(j, k + len));
        }

        /**
         * The comma or closing quotation mark a few tokens before {@code k}, or -1; the mark may end the
         * sentence before ('"Is it?" asked X.').
         */
        private int boundaryBefore(int k) {
            if (k == firstWord && k > 0 && t.closer[k - 1]) {
                return k - 1;
            }
            for (int i = k - 1; i >= from && i >= k - 12; i--) {
                if (t.closer[i]) {
                    return i;
                }
                if (t.passage[i] >= 0 || CLAUSE_BOUNDARIES.contains(w[i])) {
                    return -1;
                }
                if (w[i].equals(",")) {
                    return i;
                }
            }
            return -1;
        }

        private boolean stop(int j) {
            return t.passage[j] >= 0 || t.punctuation(j) || w[j].equals("that") || w[j].equals("to")
                    || ADVERBIAL_STARTS.contains(w[j]);
        }

        /** End of "said Foreign Minister Anna Varga" before a comma, an adverbial or the end. */
        private int invertedSubjectEnd(int j) {
            int e = j;
            while (e < to && e - j < 10 && !stop(e)) {
                e++;
            }
            return e;
        }

        private boolean namesSpeaker(int first, int end) {
            for (int i = first; i < end; i++) {
                if (t.named[i] != null || SpeakerResolver.PERSON_ROLES.contains(w[i])
                        || SpeakerResolver.ORGANIZATION_NOUNS.contains(w[i])) {
                    return true;
                }
            }
            return false;
        }

        /** Whether from {@code e} on only a comma or the end follows. */
        private boolean tailEnds(int e) {
            if (e >= to || w[e].equals(",")) {
                return true;
            }
            for (int i = e; i < to; i++) {
                if (!t.punctuation(i) || t.passage[i] >= 0 && !t.closer[i]) {
                    return false;
                }
            }
            return true;
        }

        /** Tokens {@code [first, end)} without punctuation at either edge (closing marks stay), or null. */
        private int[] trimmed(int first, int end) {
            return trimmed(first, end, false);
        }

        /**
         * Tokens {@code [first, end)} at most {@link #MAX_CONTENT_CHARS} long (the last ones when
         * {@code nearEnd}), without punctuation at either edge (closing marks stay) or a dateline
         * ("VIENNA —") at the start, or null when nothing is left.
         */
        private int[] trimmed(int first, int end, boolean nearEnd) {
            if (first >= end) {
                return null;
            }
            if (nearEnd) {
                int s = end;
                while (s > first && t.list.get(end - 1).end() - t.list.get(s - 1).start() <= MAX_CONTENT_CHARS) {
                    s--;
                }
                first = s;
            } else {
                int e = first;
                while (e < end && t.list.get(e).end() - t.list.get(first).start() <= MAX_CONTENT_CHARS) {
                    e++;
                }
                end = e;
            }
            if (first == from) {
                first = afterDateline(first, end);
            }
            while (first < end && t.punctuation(first) && t.passage[first] < 0) {
                first++;
            }
            while (end > first && t.punctuation(end - 1) && !t.closer[end - 1]) {
                end--;
            }
            return first < end ? new int[]{first, end} : null;
        }

        /** Past "VIENNA —" or "BUFFALO, N.Y. —" at the start of a sentence. */
        private int afterDateline(int first, int end) {
            String opening = t.text.substring(t.list.get(first).start(), t.list.get(first).end());
            if (opening.length() < 2 || !opening.equals(opening.toUpperCase(Locale.ROOT))
                    || opening.codePoints().noneMatch(Character::isLetter)) {
                return first;
            }
            for (int i = first + 1; i < end && i < first + 8; i++) {
                if (DASHES.contains(w[i])) {
                    return i + 1;
                }
            }
            return first;
        }

        /**
         * The clause a participle hangs on ("X rejected the claim, telling …"), from after the last
         * quotation to {@code comma}; its first name is the subject. Null when empty.
         */
        private int[] mainClause(int comma) {
            int s = comma;
            while (s - 1 >= from && s - 1 >= comma - 40 && !t.closer[s - 1]) {
                s--;
            }
            return s < comma ? new int[]{s, comma, 1} : null;
        }

        /** The speaker before a cue: "X said", "X also said", "X, the minister, said", "X met Y and said". */
        private int[] leftSubject(int k) {
            int limit = Math.max(from, k - SUBJECT_WINDOW);
            int e = k;
            while (e - 1 >= limit && t.passage[e - 1] < 0) {
                String word = w[e - 1];
                if (ADVERBS.contains(word) || WEEKDAYS.contains(word) || word.endsWith("ly") && t.named[e - 1] == null) {
                    e--;
                } else if ((word.equals("on") || word.equals("late")) && e < k && WEEKDAYS.contains(w[e])) {
                    e--;
                } else {
                    break;
                }
            }
            if (e - 1 >= limit && (w[e - 1].equals("and") || w[e - 1].equals("but")) && t.passage[e - 1] < 0) {
                int s = segmentStart(e - 1, Math.max(from, k - 25), false);
                return s < e - 1 ? new int[]{s, e - 1, 1} : null;
            }
            int s = segmentStart(e, limit, false);
            if (s < e) {
                return new int[]{s, e, 0};
            }
            if (s - 1 >= limit && w[s - 1].equals(",") && t.passage[s - 1] < 0) {
                int s2 = segmentStart(s - 1, limit, true);
                if (s2 < s - 1) {
                    return new int[]{s2, s - 1, 0};
                }
            }
            return null;
        }

        /** Start of the words before {@code end} up to a clause boundary or (unless crossing one) a comma. */
        private int segmentStart(int end, int limit, boolean crossOneComma) {
            int s = end;
            boolean crossed = false;
            while (s - 1 >= limit && t.passage[s - 1] < 0 && !CLAUSE_BOUNDARIES.contains(w[s - 1])) {
                if (w[s - 1].equals(",")) {
                    if (!crossOneComma || crossed) {
                        break;
                    }
                    crossed = true;
                }
                s--;
            }
            return s;
        }

        /** What follows a cue: a that-clause, a quotation, a complement, or a that-less clause. */
        private int[] content(int k, int len, Set<SpeechCueLexicon.Frame> frames, int end) {
            int j = k + len;
            if (j < end && (w[j].equals(":") || w[j].equals(",")) && t.passage[j] < 0) {
                boolean colon = w[j].equals(":");
                j++;
                if (!colon && (j >= end || t.passage[j] < 0)) {
                    return null;
                }
            }
            if (j >= end) {
                return null;
            }
            if (t.passage[j] >= 0) {
                return trimmed(j, end);
            }
            if (frames.contains(SpeechCueLexicon.Frame.THAT)) {
                for (int i = j; i < end && i < j + THAT_WINDOW && t.passage[i] < 0 && !w[i].equals(";")
                        && !w[i].equals("."); i++) {
                    if (w[i].equals("that")) {
                        if (i == j || frames.contains(SpeechCueLexicon.Frame.OBJECT) || ADVERBIAL_STARTS.contains(w[j])
                                || w[j].equals(",")) {
                            return trimmed(i + 1, end);
                        }
                        break;
                    }
                }
            }
            if (frames.contains(SpeechCueLexicon.Frame.NP)) {
                int[] c = trimmed(w[j].equals("that") ? j + 1 : j, end);
                return c != null && c[1] - c[0] >= 2 ? c : null;
            }
            if (frames.contains(SpeechCueLexicon.Frame.BARE)) {
                int s = skipAdverbials(j);
                if (s < end && !t.punctuation(s) && !NOT_CLAUSE_STARTS.contains(w[s]) && !w[s].equals("that")
                        && !(s + 1 < end && MEASURES.contains(w[s + 1]) && Character.isDigit(w[s].charAt(0)))
                        && !(w[s].equals("no") && (s + 1 >= end || w[s + 1].equals("to") || t.punctuation(s + 1)))) {
                    int[] c = trimmed(s, end);
                    return c != null && c[1] - c[0] >= 3 ? c : null;
                }
            }
            return null;
        }

        /** Past adverbs and days only: "also", "on Monday", "Tuesday". */
        private int skipAdverbs(int j) {
            for (int round = 0; round < 4 && j < to; round++) {
                if (ADVERBS.contains(w[j]) || WEEKDAYS.contains(w[j])) {
                    j++;
                } else if (w[j].equals("on") && j + 1 < to && WEEKDAYS.contains(w[j + 1])) {
                    j += 2;
                } else {
                    return j;
                }
            }
            return j;
        }

        /**
         * Past adverbials: "on Monday", "late on Friday", "in a statement", "at a press conference",
         * "on state television", "in a report published on Monday", "in Vienna", "also".
         */
        private int skipAdverbials(int j) {
            for (int round = 0; round < 8 && j < to; round++) {
                String word = w[j];
                if (ADVERBS.contains(word) || WEEKDAYS.contains(word) || PARTICIPLES.contains(word)) {
                    j++;
                } else if ((word.equals("on") || word.equals("late") || word.equals("early")) && j + 1 < to
                        && (WEEKDAYS.contains(w[j + 1]) || w[j + 1].equals("on"))) {
                    j += 2;
                } else if (PREPOSITIONS.contains(word) && j + 1 < to && t.named[j + 1] != null) {
                    // "in Vienna", "between Hassan Farid and Jordan's King Abdullah"
                    int e = j + 1;
                    while (e < to && e < j + 10 && (t.named[e] != null || NAME_GLUE.contains(w[e])
                            || Character.isUpperCase(t.text.charAt(t.list.get(e).start())))) {
                        e++;
                    }
                    j = e;
                } else if (PREPOSITIONS.contains(word)) {
                    int end = -1;
                    for (int i = j + 1; i < to && i <= j + 5 && t.passage[i] < 0 && !t.punctuation(i); i++) {
                        if (SETTINGS.contains(w[i])) {
                            end = i + 1;
                        }
                    }
                    if (end < 0) {
                        return j;
                    }
                    j = end;
                } else {
                    return j;
                }
            }
            return j;
        }

        /** "according to X, CONTENT" takes what follows the comma; "CONTENT, according to X" what precedes. */
        private int[] sourceContent(int k, int len, int claimed) {
            int e = k + len;
            while (e < to && e - k < 14 && !w[e].equals(",") && t.passage[e] < 0 && !t.punctuation(e)) {
                e++;
            }
            if (e < to && w[e].equals(",")) {
                int[] after = trimmed(e + 1, to);
                if (after != null && after[1] - after[0] >= 3) {
                    return after;
                }
            }
            int[] before = trimmed(Math.max(from, claimed), k, true);
            return before != null && before[1] - before[0] >= 2 ? before : null;
        }

        /** The words after "according to" up to a comma: "prosecutor Claire Dumas", "the indictment". */
        private Span sourceSubject(int j) {
            int e = j;
            while (e < to && e - j < 14 && !t.punctuation(e) && t.passage[e] < 0) {
                e++;
            }
            return e > j ? t.span(j, e) : null;
        }
    }
}
