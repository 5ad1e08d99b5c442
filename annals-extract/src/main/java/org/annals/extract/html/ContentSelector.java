package org.annals.extract.html;

import org.annals.extract.PageInterruptedException;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks the elements that hold the article on a cleaned page. Every paragraph scores by its length,
 * commas and share of unlinked text; the score flows to its ancestors with decay, so the container
 * of most prose wins; siblings of the winner that read as body text join it.
 */
final class ContentSelector {
    private static final Set<String> POSITIVE = Set.of(
            "article", "body", "content", "entry", "hentry", "main", "page", "post", "text", "blog", "story",
            "prose", "articlebody", "storybody", "richtext");
    private static final Set<String> NEGATIVE = Set.of(
            "banner", "combx", "comment", "contact", "foot", "footer", "footnote", "masthead", "media", "meta",
            "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
            "shopping", "tags", "tool", "widget", "teaser", "card", "list", "nav", "menu");
    /** Tags whose text is a paragraph of its parent. */
    private static final Set<String> PARAGRAPH = Set.of("p", "pre", "td", "blockquote", "li", "dd");
    private static final Pattern ARTICLE_TYPE = Pattern.compile("(?i)schema\\.org/(\\w*Article|BlogPosting|Report)");
    /** Share of prose that an ancestor's extra text needs for the winner to widen to it. */
    private static final double MIN_ADDED_PROSE_SHARE = 0.7;
    private static final double OTHER_ARTICLE_WEIGHT = 0.5;
    private static final double[] DECAY = {1, 2, 6, 9, 12};

    private ContentSelector() {
    }

    /**
     * The elements holding the article, in document order; empty when the page has no prose.
     *
     * @param headlineArticle the {@code <article>} that held the page's headline before cleaning, or null
     */
    static List<Element> select(Element root, NodeStats stats, Element headlineArticle) {
        Map<Element, double[]> scores = new IdentityHashMap<>();
        // Candidates in the order they are first scored: ties are broken the same way on every run.
        List<Element> candidates = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(org.jsoup.nodes.Node node, int depth) {
                PageInterruptedException.checkInterrupted();
                if (!(node instanceof Element e)) {
                    return;
                }
                NodeStats.Stats s = stats.of(e);
                if (s.ownText < 25 || Tags.isHeading(e.normalName())) {
                    return;
                }
                double score = (1 + Math.min(s.ownCommas, 20) + Math.min(3, s.ownText / 100.0))
                        * (1 - s.ownLinkDensity());
                Element target = PARAGRAPH.contains(e.normalName()) ? e.parent() : e;
                for (int level = 0; target != null && level < DECAY.length; level++) {
                    double[] c = scores.get(target);
                    if (c == null) {
                        c = initial(target);
                        scores.put(target, c);
                        candidates.add(target);
                    }
                    c[0] += score / DECAY[level];
                    // An <article> is a whole story: its prose does not make its container a better story.
                    if (target == root || target.nameIs("article")) {
                        break;
                    }
                    target = target.parent();
                }
            }

            @Override
            public void tail(org.jsoup.nodes.Node node, int depth) {
            }
        }, root);
        Element best = null;
        double bestScore = 0;
        for (Element candidate : candidates) {
            double[] c = scores.get(candidate);
            c[0] *= 1 - stats.of(candidate).linkDensity();
            // Of several <article>s, the one that holds the headline is the story; the others are teasers.
            if (headlineArticle != null) {
                Element story = candidate.closest("article");
                if (story != null && story != headlineArticle) {
                    c[0] *= OTHER_ARTICLE_WEIGHT;
                }
            }
            if (c[0] > bestScore) {
                bestScore = c[0];
                best = candidate;
            }
        }
        if (best == null) {
            return List.of();
        }
        Element top = climb(best, root, stats);
        double[] topScore = scores.get(top);
        return withSiblings(top, topScore == null ? bestScore : Math.max(bestScore, topScore[0]), scores, stats);
    }

    /**
     * Widens the winner to an ancestor while what the ancestor adds is itself mostly prose: bodies
     * split into sections or interrupted by ads are kept whole. Never climbs out of an article.
     */
    private static Element climb(Element best, Element root, NodeStats stats) {
        Element widest = best;
        Element e = best;
        while (e != root && !e.nameIs("article") && e.parent() != null) {
            Element parent = e.parent();
            NodeStats.Stats inner = stats.of(widest);
            NodeStats.Stats outer = stats.of(parent);
            int addedText = outer.text - inner.text;
            int addedProse = outer.prose - inner.prose;
            if (addedText > 0) {
                if (addedProse <= 0 || addedProse < MIN_ADDED_PROSE_SHARE * addedText) {
                    break;
                }
                widest = parent;
            }
            e = parent;
        }
        return widest;
    }

    private static double[] initial(Element e) {
        double base = switch (e.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (e.normalName().equals("article")) {
            base += 10;
        }
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            base += 30;
        }
        // Schema.org microdata marks the page's own story, not the teasers beside it.
        String type = e.attr("itemtype");
        if (!type.isEmpty() && ARTICLE_TYPE.matcher(type).find()) {
            base += 25;
        }
        return new double[]{base + classWeight(e)};
    }

    /** +25 for a class/id that names content, -25 for one that names chrome. */
    static int classWeight(Element e) {
        int w = 0;
        for (String part : new String[]{e.className(), e.id()}) {
            if (part.isEmpty()) {
                continue;
            }
            boolean pos = false;
            boolean neg = false;
            for (String t : Boilerplate.tokens(part)) {
                pos |= POSITIVE.contains(t);
                neg |= NEGATIVE.contains(t);
            }
            w += (pos ? 25 : 0) - (neg ? 25 : 0);
        }
        return w;
    }

    private static List<Element> withSiblings(Element best, double bestScore, Map<Element, double[]> scores,
                                              NodeStats stats) {
        Element parent = best.parent();
        if (parent == null) {
            return List.of(best);
        }
        double threshold = Math.max(10, bestScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sib : parent.children()) {
            if (sib == best) {
                out.add(sib);
                continue;
            }
            // Sibling <article> elements are other stories, however good their prose.
            if (sib.nameIs("article") || sib.nameIs("h1")) {
                continue;
            }
            double[] sc = scores.get(sib);
            double bonus = !best.className().isEmpty() && best.className().equals(sib.className())
                    ? bestScore * 0.2 : 0;
            if (sc != null && sc[0] + bonus >= threshold) {
                out.add(sib);
                continue;
            }
            NodeStats.Stats s = stats.of(sib);
            if (sib.nameIs("p") || s.ownText == s.text) {
                double ld = s.linkDensity();
                if (s.text > 80 && ld < 0.25) {
                    out.add(sib);
                } else if (s.text > 0 && s.text <= 80 && ld == 0 && endsSentence(sib)) {
                    out.add(sib);
                }
            }
        }
        return out;
    }

    private static boolean endsSentence(Element e) {
        String t = e.text();
        return !t.isEmpty() && ".!?。！？".indexOf(t.charAt(t.length() - 1)) >= 0;
    }
}
