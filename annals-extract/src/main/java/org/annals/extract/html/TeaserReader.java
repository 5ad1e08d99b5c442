package org.annals.extract.html;

import org.annals.model.RelatedArticle;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads teasers for other articles out of removed related/more/most-read containers. */
final class TeaserReader {
    private static final int MAX_TEASERS = 50;
    private static final int MIN_TITLE = 15;

    private TeaserReader() {
    }

    /** One related article per distinct linked headline, with the snippet printed beside it. */
    static List<RelatedArticle> read(List<Element> containers) {
        List<RelatedArticle> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Element c : containers) {
            for (Element a : c.getElementsByTag("a")) {
                if (out.size() >= MAX_TEASERS) {
                    return out;
                }
                String title = Texts.bounded(a, 300);
                if (title.length() < MIN_TITLE || title.split(" ").length < 3 || !seen.add(title)) {
                    continue;
                }
                out.add(new RelatedArticle(title, snippet(a, title), List.of()));
            }
        }
        return out;
    }

    /** The paragraph that follows the headline within its teaser item, if any. */
    private static String snippet(Element link, String title) {
        Element item = link.parent();
        for (int i = 0; i < 3 && item != null && item.getElementsByTag("a").size() <= 2; i++) {
            Element p = item.selectFirst("p");
            if (p != null) {
                String s = Texts.bounded(p, 500);
                if (!s.isEmpty() && !s.equals(title) && !s.contains(title)) {
                    return s;
                }
            }
            item = item.parent();
        }
        return null;
    }
}
