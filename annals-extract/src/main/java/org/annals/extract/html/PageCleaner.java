package org.annals.extract.html;

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

    private PageCleaner() {
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
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment || node instanceof DataNode) {
                    return FilterResult.REMOVE;
                }
                if (!(node instanceof Element e) || e == root) {
                    return FilterResult.CONTINUE;
                }
                String tag = e.normalName();
                if (Tags.isInvisible(tag) || Boilerplate.isHidden(e)) {
                    return FilterResult.REMOVE;
                }
                if (tag.equals("body") || tag.equals("html") || tag.equals("main")) {
                    return FilterResult.CONTINUE;
                }
                RemovalReason reason = Boilerplate.byTagOrRole(e);
                if (reason == null) {
                    reason = Boilerplate.byName(e);
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
