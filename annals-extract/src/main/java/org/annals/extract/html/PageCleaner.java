package org.annals.extract.html;

import org.annals.extract.PageInterruptedException;
import org.annals.model.RemovalReason;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;

/**
 * Removes page chrome from a body in one iterative walk: invisible elements, hidden elements, and
 * elements that tag, role or class/id words mark as navigation, footer, comments, teasers, captions,
 * metadata or boilerplate. Teaser containers are kept aside for the related-articles list.
 */
final class PageCleaner {
    /** Above this share of the page's prose an element wraps the article, whatever its name says. */
    private static final double WRAPPER_SHARE = 0.5;
    /** Text a teaser card holds beside its heading: kicker, one-line snippet, byline, date. */
    private static final int CARD_EXTRA_TEXT = 300;
    private static final int MAX_CAPTION_TEXT = 300;
    /** Longest text of an article element that reads as a teaser when its headline links away. */
    private static final int TEASER_ARTICLE_TEXT = 1500;

    private PageCleaner() {
    }

    /**
     * Removes teaser cards: a heading that links elsewhere, with the little text around it
     * (kicker, snippet, byline, date). A story's own subheadings do not link away.
     */
    private static void removeTeaserCards(Element root, NodeStats stats, RemovalLog log, List<Element> teasers) {
        List<Element> cards = new ArrayList<>();
        for (Element h : root.select("h2, h3, h4, h5, h6")) {
            NodeStats.Stats hs = stats.of(h);
            if (hs.text == 0 || !linksAway(h, hs)) {
                continue;
            }
            Element card = h.parent() != null && h.parent().nameIs("a") ? h.parent() : h;
            while (card.parent() != null && card.parent() != root && !card.parent().nameIs("body")
                    && !card.parent().nameIs("article") && !card.parent().nameIs("main")
                    && stats.of(card.parent()).text <= hs.text + CARD_EXTRA_TEXT) {
                card = card.parent();
            }
            // A short <article> led by a linked headline is a teaser for another story.
            Element parent = card.parent();
            if (parent != null && parent != root && parent.nameIs("article")
                    && stats.of(parent).text <= hs.text + TEASER_ARTICLE_TEXT
                    && parent.selectFirst("h1, h2, h3, h4, h5, h6") == h) {
                card = parent;
            }
            if (cards.isEmpty() || !cards.get(cards.size() - 1).equals(card)) {
                cards.add(card);
            }
        }
        for (Element card : cards) {
            if (card.parent() == null) {
                continue;
            }
            teasers.add(card);
            log.add(RemovalReason.TEASER, Texts.bounded(card, RemovalLog.MAX_CHARS));
            card.remove();
        }
    }

    /** A figure of a picture and a line or two of caption and credit; not a table, quote or embedded post. */
    private static boolean isPictureWithCaption(Element figure, NodeStats stats) {
        return stats.of(figure).text <= MAX_CAPTION_TEXT
                && figure.selectFirst("table, blockquote, pre, ol, ul, iframe") == null;
    }

    /** Teaser lists nested in a removed sidebar or footer ("most read" inside "sidebar"). */
    private static void collectTeasers(Element removed, List<Element> teasers) {
        for (Element d : removed.getAllElements()) {
            if (d != removed && !Tags.isInline(d.normalName()) && Boilerplate.byName(d) == RemovalReason.TEASER) {
                teasers.add(d);
            }
        }
    }

    private static boolean linksAway(Element heading, NodeStats.Stats hs) {
        Element link = heading.parent() != null && heading.parent().nameIs("a") ? heading.parent()
                : hs.linkText * 10 >= hs.text * 9 ? heading.selectFirst("a[href]") : null;
        if (link == null || link.attr("href").startsWith("#") || link.attr("href").isEmpty()) {
            return false;
        }
        // A headline linking to the page itself is the story's own permalink.
        String self = withoutQuery(heading.baseUri());
        return self.isEmpty() || !withoutQuery(link.absUrl("href")).equals(self);
    }

    private static String withoutQuery(String url) {
        int cut = url.length();
        for (char c : new char[]{'?', '#'}) {
            int i = url.indexOf(c);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        String u = url.substring(0, cut);
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    /**
     * Cleans root in place.
     *
     * @param root    the body (or document) to clean
     * @param log     where removals are recorded
     * @param teasers receives the removed teaser containers, detached
     */
    static void clean(Element root, RemovalLog log, List<Element> teasers) {
        NodeStats stats = NodeStats.measure(root);
        int total = Math.max(1, stats.of(root).prose);
        List<Element> removed = new ArrayList<>();
        removeTeaserCards(root, stats, log, teasers);
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                PageInterruptedException.checkInterrupted();
                if (node instanceof Comment || node instanceof DataNode) {
                    return FilterResult.REMOVE;
                }
                if (!(node instanceof Element e) || e == root) {
                    return FilterResult.CONTINUE;
                }
                String tag = e.normalName();
                if (Tags.isInvisible(tag) || Boilerplate.isHidden(e) || Boilerplate.isScreenReaderOnly(e)) {
                    return FilterResult.REMOVE;
                }
                if (tag.equals("body") || tag.equals("html") || tag.equals("main")) {
                    return FilterResult.CONTINUE;
                }
                RemovalReason reason = Boilerplate.byTagOrRole(e);
                if (reason == null && tag.equals("figure") && isPictureWithCaption(e, stats)) {
                    reason = RemovalReason.CAPTION;
                }
                if (reason == null) {
                    reason = Boilerplate.byName(e);
                    // Inline elements are part of running text unless named as a caption or hidden data.
                    if (Tags.isInline(tag) && reason != RemovalReason.CAPTION) {
                        reason = null;
                    }
                }
                if (reason == null) {
                    return FilterResult.CONTINUE;
                }
                NodeStats.Stats s = stats.of(e);
                if (reason != RemovalReason.COMMENTS && s.prose >= WRAPPER_SHARE * total && s.paragraphs >= 2) {
                    return FilterResult.CONTINUE;
                }
                if (reason == RemovalReason.TEASER) {
                    teasers.add(e);
                } else {
                    collectTeasers(e, teasers);
                }
                if (!log.full() && s.text > 0) {
                    log.add(reason, Texts.bounded(e, RemovalLog.MAX_CHARS));
                }
                removed.add(e);
                return FilterResult.SKIP_ENTIRELY;
            }
        }, root);
        for (Element e : removed) {
            e.remove();
        }
    }
}
