package org.annals.extract.text;

import org.annals.extract.meta.DatelineParser;
import org.annals.extract.meta.MetadataLine;
import org.annals.extract.meta.PublicationTime;
import org.annals.model.RelatedArticle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The third stage: decides the part each line plays from its verdict and its place on the page.
 * <ul>
 *   <li>The body lies in the first dense run of prose (see {@code densestRegion}); prose outside it is
 *       boilerplate.</li>
 *   <li>Within that run, the body starts at the first prose line that opens with a dateline or is followed by
 *       more prose (metadata and captions between do not count), unless the same text is printed nearby, as a
 *       summary repeating the title is.</li>
 *   <li>Before it is the header: the title is the best-scoring headline-like line (+4 when printed twice on
 *       the page, +2 without a final full stop, +1 beside a metadata line, +1 for 6 to 30 words, -3 for fewer
 *       than 3 words; ties go to the first); lines above it are navigation, the next line below it of four
 *       words or more is the standfirst, copies of the title are duplicates.</li>
 *   <li>In the body, a headline with trailing tags or printed twice in a row is a teaser, and the paragraph
 *       after it is the teaser's snippet; a list label ("Latest News") after the body starts the trailer, where
 *       headlines are teasers and links are footer, while inside the body it heads a box of teaser links that
 *       ends where prose resumes; a comments label or a commenter's line starts the comments; a short line
 *       without a full stop between paragraphs is a heading; a line printed before is a duplicate.</li>
 *   <li>After the last body paragraph, headings become teasers (headlines of three or more words) or footer,
 *       and navigation becomes footer.</li>
 * </ul>
 */
public final class PageLayout {
    private static final Pattern NOT_KEY = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MIN_TEASER_WORDS = 3;
    private static final int MIN_SENTENCE_WORDS = 5;
    /** Headings and headlines are short; a longer line without a full stop is prose cut short. */
    private static final int MAX_HEADING_WORDS = 20;
    private static final int MIN_STANDFIRST_WORDS = 4;
    /** Headlines run to six words or more; kickers and section names above them are shorter. */
    private static final int MIN_TITLE_WORDS = 6;
    private static final int MAX_TITLE_WORDS = 30;
    private static final int LOOK_AHEAD = 40;
    private static final int CHROME_WEIGHT = 5;
    /** A bullet or number printed before a listed headline: "1. ", "• ", "03 ". */
    private static final Pattern LIST_NUMBER = Pattern.compile("^(?:[•·*▪►○●■□◆–—-]\\s*)?(?:\\d{1,2}[.)]?\\s+)?");
    private static final int ANCHOR_WEIGHT = 10;
    private static final Pattern COMMENTER = Pattern.compile("\\s(?:says|said|wrote|commented|dice|dit|schreibt|disse)\\s*:$");
    /** Garbage lines searched for an embedded headline; a page with more is garbage anyway. */
    private static final int MAX_GARBAGE_SCANS = 20;

    /**
     * The roles of a page's lines and the teasers among them.
     *
     * @param lines      every line in page order with its role
     * @param titleIndex position of the title in {@code lines}, or -1 when the page has none
     * @param titleTags  tags printed with the title ("Headline | tag | tag")
     * @param related    teasers for other articles
     */
    public record Layout(List<PlacedLine> lines, int titleIndex, List<String> titleTags, List<RelatedArticle> related) {
        public Layout {
            lines = List.copyOf(lines);
            titleTags = List.copyOf(titleTags);
            related = List.copyOf(related);
        }
    }

    /** Places the classified lines of one page. */
    public Layout place(List<LineClass> lines) {
        return new Run(lines).place();
    }

    /** Normalised text for spotting repeats: case, punctuation and spacing ignored. */
    static String key(String text) {
        return NOT_KEY.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The state of placing one page; never shared. */
    private static final class Run {
        private final List<LineClass> lines;
        private final LineRole[] roles;
        private final boolean[] trailer;
        private final String[] keys;
        private final LineFeatures[] features;
        /** How often each key occurs on the page, so repeats are found without comparing every pair. */
        private final Map<String, Integer> keyCounts = new HashMap<>();
        private final List<String> garbage = new ArrayList<>();
        /** Teasers by the position of their first line, so they come out in page order. */
        private final TreeMap<Integer, RelatedArticle> related = new TreeMap<>();
        private final Set<String> kept = new HashSet<>();
        private int titleIndex = -1;
        private List<String> titleTags = List.of();

        Run(List<LineClass> lines) {
            this.lines = lines;
            this.roles = new LineRole[lines.size()];
            this.trailer = new boolean[lines.size()];
            this.keys = new String[lines.size()];
            this.features = new LineFeatures[lines.size()];
            for (int i = 0; i < lines.size(); i++) {
                keys[i] = key(lines.get(i).text());
                features[i] = LineFeatures.of(lines.get(i).text());
                keyCounts.merge(keys[i], 1, Integer::sum);
                if (verdict(i) == LineVerdict.GARBAGE) {
                    roles[i] = LineRole.GARBAGE;
                    garbage.add(lines.get(i).text());
                }
            }
        }

        Layout place() {
            int[] region = densestRegion();
            int start = region[0] < 0 ? -1 : bodyStart(region[0], region[1]);
            header(start < 0 ? lines.size() : start);
            if (start >= 0) {
                body(start, region[1]);
                trailing();
            }
            List<PlacedLine> placed = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                placed.add(new PlacedLine(lines.get(i), roles[i], trailer[i]));
            }
            return new Layout(placed, titleIndex, titleTags, new ArrayList<>(related.values()));
        }

        private LineVerdict verdict(int i) {
            return lines.get(i).verdict();
        }

        private LineFeatures features(int i) {
            return features[i];
        }

        /**
         * The body's stretch of lines: runs of positive weight sum (see {@link #weight}) are found as in the
         * maximum-subarray search; the first run holding at least half the prose of the best one wins, since
         * articles come before the disclaimers and comments that follow them. Returns {first, last}, or {-1, -1}.
         */
        private int[] densestRegion() {
            List<int[]> runs = new ArrayList<>();
            int sum = 0;
            int runStart = 0;
            int[] runBest = null;
            for (int i = 0; i < lines.size(); i++) {
                if (sum <= 0) {
                    if (runBest != null) {
                        runs.add(runBest);
                    }
                    runBest = null;
                    sum = 0;
                    runStart = i;
                }
                sum += weight(i);
                if (sum > 0 && (runBest == null || sum > runBest[2])) {
                    runBest = new int[]{runStart, i, sum};
                }
            }
            if (runBest != null) {
                runs.add(runBest);
            }
            int best = runs.stream().mapToInt(r -> r[2]).max().orElse(0);
            for (int[] run : runs) {
                if (run[2] * 2 >= best) {
                    return new int[]{run[0], run[1]};
                }
            }
            return new int[]{-1, -1};
        }

        /**
         * A line's weight in the search for the body: prose its words, a sentence-like short line half its
         * words, a heading -2, navigation and list markers -5, list labels and teaser headlines -15; a time or
         * byline +10, as it heads an article; other metadata, captions and garbage weigh nothing, since they sit
         * inside articles too.
         */
        private int weight(int i) {
            LineFeatures f = features(i);
            return switch (verdict(i)) {
                case BODY -> TeaserLine.of(lines.get(i).text()).tagged() ? -CHROME_WEIGHT * 3 : f.words();
                case HEADLINE -> TeaserLine.of(lines.get(i).text()).tagged() || printedTwiceInARow(i) ? -CHROME_WEIGHT * 3
                        : f.terminal() ? f.words() / 2 : -2;
                case NAVIGATION, FOOTER, LIST_MARKER, TEASER_LINK -> -CHROME_WEIGHT;
                case LIST_LABEL, COMMENTS_LABEL -> -CHROME_WEIGHT * 3;
                case METADATA -> MetadataLine.read(lines.get(i).text())
                        .filter(m -> m.published() != null || m.byline() != null).isPresent() ? ANCHOR_WEIGHT : 0;
                case CAPTION, GARBAGE -> 0;
            };
        }

        private boolean printedTwiceInARow(int i) {
            return i + 1 < lines.size() && keys[i + 1].equals(keys[i]) || i > 0 && keys[i - 1].equals(keys[i]);
        }

        /** The first line of the body within the densest region; see the class comment. */
        private int bodyStart(int from, int to) {
            int firstBody = -1;
            for (int i = from; i <= to; i++) {
                if (verdict(i) != LineVerdict.BODY) {
                    continue;
                }
                if (firstBody < 0) {
                    firstBody = i;
                }
                if (repeatedNear(i)) {
                    continue;
                }
                if (DatelineParser.parse(lines.get(i).text()).isPresent()) {
                    return i;
                }
                int next = nextContent(i);
                if (next < 0 || verdict(next) == LineVerdict.BODY
                        || verdict(next) == LineVerdict.HEADLINE && features(next).terminal()) {
                    return i;
                }
                // prose, heading, prose: but a headline over a byline or time is a title, not a heading
                if (verdict(next) == LineVerdict.HEADLINE && nextContent(next) >= 0 && verdict(nextContent(next)) == LineVerdict.BODY
                        && !TeaserLine.of(lines.get(next).text()).tagged()
                        && (next + 1 >= lines.size() || verdict(next + 1) != LineVerdict.METADATA)) {
                    return i;
                }
            }
            return firstBody >= 0 ? firstBody : firstSentence(from, to);
        }

        /**
         * Without a prose line, an article of short one-sentence paragraphs starts at its second sentence-like
         * line: the first may be a headline ending in a question or exclamation mark.
         */
        private int firstSentence(int from, int to) {
            int seen = 0;
            for (int i = from; i <= to; i++) {
                if (verdict(i) == LineVerdict.HEADLINE && features(i).terminal() && features(i).words() >= MIN_SENTENCE_WORDS
                        && ++seen == 2) {
                    return i;
                }
            }
            return -1;
        }

        /** Whether a line's text is printed again within a few lines: a summary repeating the title. */
        private boolean repeatedNear(int i) {
            for (int j = Math.max(0, i - 4); j < Math.min(lines.size(), i + 5); j++) {
                if (j != i && keys[j].equals(keys[i])) {
                    return true;
                }
            }
            return false;
        }

        /** The next line that is neither metadata, caption nor garbage, within a short look-ahead, or -1. */
        private int nextContent(int i) {
            for (int j = i + 1; j < Math.min(lines.size(), i + LOOK_AHEAD); j++) {
                LineVerdict v = verdict(j);
                if (v != LineVerdict.METADATA && v != LineVerdict.CAPTION && v != LineVerdict.GARBAGE) {
                    return j;
                }
            }
            return -1;
        }

        private void header(int end) {
            int best = -1;
            int bestScore = Integer.MIN_VALUE;
            for (int i = 0; i < end; i++) {
                if (isCandidate(i)) {
                    int score = titleScore(i);
                    if (score > bestScore) {
                        best = i;
                        bestScore = score;
                    }
                }
            }
            // a title printed twice is the first copy; the later one is the duplicate
            for (int j = 0; best > 0 && j < best; j++) {
                if (keys[j].equals(keys[best]) && isCandidate(j)) {
                    best = j;
                }
            }
            boolean standfirstTaken = false;
            for (int i = 0; i < end; i++) {
                if (roles[i] != null) {
                    continue;
                }
                LineVerdict v = verdict(i);
                if (i == best) {
                    roles[i] = LineRole.TITLE;
                    titleIndex = i;
                    TeaserLine split = TeaserLine.of(lines.get(i).text());
                    titleTags = split.tags();
                    kept.add(key(split.headline()));
                    kept.add(keys[i]);
                } else if (v == LineVerdict.METADATA) {
                    roles[i] = LineRole.METADATA;
                } else if (v == LineVerdict.CAPTION) {
                    roles[i] = LineRole.CAPTION;
                } else if (v == LineVerdict.FOOTER) {
                    roles[i] = LineRole.FOOTER;
                } else if (!isCandidate(i) || i < best || best < 0) {
                    // prose above the title is a notice (cookies, subscriptions), not a link
                    roles[i] = v == LineVerdict.BODY ? LineRole.BOILERPLATE : LineRole.NAVIGATION;
                } else if (kept.contains(keys[i])) {
                    roles[i] = LineRole.DUPLICATE;
                } else if (!standfirstTaken && features(i).words() >= MIN_STANDFIRST_WORDS) {
                    roles[i] = LineRole.STANDFIRST;
                    kept.add(keys[i]);
                    standfirstTaken = true;
                } else {
                    roles[i] = LineRole.NAVIGATION;
                }
            }
        }

        private boolean isCandidate(int i) {
            LineVerdict v = verdict(i);
            return v == LineVerdict.HEADLINE || v == LineVerdict.BODY;
        }

        private int titleScore(int i) {
            LineFeatures f = features(i);
            int score = 0;
            if (printedTwice(i)) {
                score += 4;
            }
            if (!f.terminal()) {
                score += 2;
            }
            if (i > 0 && verdict(i - 1) == LineVerdict.METADATA || i + 1 < lines.size() && verdict(i + 1) == LineVerdict.METADATA) {
                score += 1;
            }
            if (f.words() >= MIN_TITLE_WORDS && f.words() <= MAX_TITLE_WORDS) {
                score += 1;
            }
            if (f.words() < 3) {
                score -= 3;
            }
            return score;
        }

        /** Whether the text appears again: as another line, or inside a garbage line that embeds it. */
        private boolean printedTwice(int i) {
            if (keyCounts.get(keys[i]) > 1) {
                return true;
            }
            String text = lines.get(i).text();
            return text.length() >= 20 && garbage.stream().limit(MAX_GARBAGE_SCANS).anyMatch(g -> g.contains(text));
        }

        private void body(int start, int end) {
            boolean inTrailer = false;
            boolean seenBody = false;
            boolean inComments = false;
            boolean inBox = false;
            for (int i = start; i < lines.size(); i++) {
                boolean outside = i > end;
                if (!inComments && seenBody && roles[i] == null && (verdict(i) == LineVerdict.COMMENTS_LABEL || commenter(i))) {
                    inComments = true;
                }
                if (inComments) {
                    trailer[i] = true;
                    if (roles[i] == null) {
                        LineVerdict v = verdict(i);
                        roles[i] = v == LineVerdict.FOOTER || v == LineVerdict.NAVIGATION ? LineRole.FOOTER : LineRole.COMMENTS;
                    }
                    continue;
                }
                if (roles[i] != null) {
                    trailer[i] = inTrailer;
                    continue;
                }
                trailer[i] = inTrailer;
                LineVerdict v = verdict(i);
                String text = lines.get(i).text();
                switch (v) {
                    case METADATA -> roles[i] = LineRole.METADATA;
                    case CAPTION -> roles[i] = LineRole.CAPTION;
                    case FOOTER -> roles[i] = LineRole.FOOTER;
                    case NAVIGATION -> roles[i] = inTrailer ? LineRole.FOOTER : LineRole.NAVIGATION;
                    case LIST_MARKER -> roles[i] = inTrailer ? LineRole.TEASER : LineRole.NAVIGATION;
                    case LIST_LABEL -> {
                        roles[i] = LineRole.TEASER;
                        // after the body a list runs to the end; inside it, a box of links ends where prose resumes
                        if (seenBody && outside) {
                            inTrailer = true;
                            trailer[i] = true;
                        } else {
                            inBox = true;
                        }
                    }
                    case TEASER_LINK -> {
                        roles[i] = LineRole.TEASER;
                        related.put(i, new RelatedArticle(LineClassifier.teaserLinkTitle(text), null, List.of()));
                    }
                    case HEADLINE, BODY -> {
                        inBox &= v == LineVerdict.HEADLINE && !features(i).terminal();
                        if (inBox && !outside) {
                            i = boxTeaser(i);
                        } else {
                            i = outside ? outside(i, inTrailer) : prose(i, inTrailer);
                        }
                        seenBody |= roles[i] == LineRole.BODY;
                    }
                    default -> roles[i] = LineRole.NAVIGATION;
                }
            }
        }

        /** Places a headline or prose line in the body (or a teaser starting there); returns the last line used. */
        private int prose(int i, boolean inTrailer) {
            TeaserLine teaser = TeaserLine.of(lines.get(i).text());
            boolean headline = verdict(i) == LineVerdict.HEADLINE;
            // a headline printed twice is a teaser's; a paragraph printed twice is a scraping echo, collapsed below
            boolean twice = headline && i + 1 < lines.size() && keys[i + 1].equals(keys[i]);
            if (inTrailer) {
                if (headline || teaser.tagged() || twice) {
                    return teaser(i, teaser, true);
                }
                // prose among other articles' teasers belongs to none of them that we can tell
                roles[i] = LineRole.TEASER;
                return i;
            }
            if (kept.contains(keys[i]) || kept.contains(key(teaser.headline()))) {
                roles[i] = LineRole.DUPLICATE;
                return i;
            }
            if (teaser.tagged() || twice) {
                return teaser(i, teaser, false);
            }
            roles[i] = headline && !features(i).terminal() && features(i).words() <= MAX_HEADING_WORDS
                    ? LineRole.HEADING : LineRole.BODY;
            kept.add(keys[i]);
            return i;
        }

        /** A commenter's line, "name says:" beside or over a timestamp, which opens the reader comments. */
        private boolean commenter(int i) {
            String text = lines.get(i).text();
            return text.length() <= 100 && COMMENTER.matcher(text).find() && (i + 1 < lines.size()
                    && verdict(i + 1) == LineVerdict.METADATA || PublicationTime.find(text).isPresent());
        }

        /**
         * A headline in a box of links inside the body; the paragraph after it is its snippet only when no
         * prose follows that paragraph, since the article resumes with prose. Returns the last line used.
         */
        private int boxTeaser(int i) {
            roles[i] = LineRole.TEASER;
            TeaserLine teaser = TeaserLine.of(lines.get(i).text());
            int last = i;
            while (last + 1 < lines.size() && keys[last + 1].equals(keys[i])) {
                roles[++last] = LineRole.TEASER;
            }
            String snippet = null;
            int next = last + 1;
            if (next < lines.size() && roles[next] == null && isSnippet(next)
                    && (next + 1 >= lines.size() || verdict(next + 1) != LineVerdict.BODY)) {
                snippet = lines.get(next).text();
                roles[next] = LineRole.TEASER;
                last = next;
            }
            related.put(i, new RelatedArticle(LIST_NUMBER.matcher(teaser.headline()).replaceFirst(""), snippet, teaser.tags()));
            return last;
        }

        /** A headline or prose line after the body: a teaser headline, or prose that is not the article's. */
        private int outside(int i, boolean inTrailer) {
            boolean headline = verdict(i) == LineVerdict.HEADLINE && !features(i).terminal()
                    && features(i).words() <= MAX_HEADING_WORDS;
            if (headline && features(i).words() >= MIN_TEASER_WORDS || inTrailer || printedTwiceInARow(i)
                    || TeaserLine.of(lines.get(i).text()).tagged()) {
                return prose(i, true);
            }
            roles[i] = headline ? LineRole.FOOTER : LineRole.BOILERPLATE;
            return i;
        }

        /** A teaser headline, its repeats and its one-paragraph snippet; returns the last line used. */
        private int teaser(int i, TeaserLine teaser, boolean inTrailer) {
            roles[i] = LineRole.TEASER;
            int last = i;
            while (last + 1 < lines.size() && keys[last + 1].equals(keys[i])) {
                last++;
                roles[last] = LineRole.TEASER;
                trailer[last] = inTrailer;
            }
            String snippet = null;
            int next = last + 1;
            if (next < lines.size() && roles[next] == null && isSnippet(next)) {
                snippet = lines.get(next).text();
                roles[next] = LineRole.TEASER;
                trailer[next] = inTrailer;
                last = next;
            }
            related.put(i, new RelatedArticle(LIST_NUMBER.matcher(teaser.headline()).replaceFirst(""), snippet, teaser.tags()));
            return last;
        }

        /** A snippet is prose without tags of its own; a headline after a teaser is the next teaser. */
        private boolean isSnippet(int i) {
            if (verdict(i) == LineVerdict.BODY) {
                return !TeaserLine.of(lines.get(i).text()).tagged();
            }
            return false;
        }

        private void trailing() {
            int lastBody = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (roles[i] == LineRole.BODY) {
                    lastBody = i;
                }
            }
            if (lastBody < 0) {
                return;
            }
            boolean teasers = false;
            for (int i = lastBody + 1; i < lines.size(); i++) {
                // a credit or tag line right after the body is still the article's; after teasers it is not
                teasers |= roles[i] == LineRole.TEASER;
                trailer[i] |= teasers;
                if (roles[i] == LineRole.HEADING) {
                    if (features(i).words() >= MIN_TEASER_WORDS) {
                        roles[i] = LineRole.TEASER;
                        related.put(i, new RelatedArticle(LIST_NUMBER.matcher(lines.get(i).text()).replaceFirst(""), null, List.of()));
                    } else {
                        roles[i] = LineRole.FOOTER;
                    }
                } else if (roles[i] == LineRole.NAVIGATION) {
                    roles[i] = LineRole.FOOTER;
                }
            }
        }
    }
}
