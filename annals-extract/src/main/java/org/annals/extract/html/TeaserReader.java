package org.annals.extract.html;

import org.annals.model.RelatedArticle;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads teasers for other articles out of removed related/more/most-read containers. */
final class TeaserReader {
    private static final int MAX_TEASERS = 50;
    private static final int MIN_TITLE = 15;
    private static final int MAX_TAG_WORDS = 3;
    private static final int MAX_TAGS = 5;
    /** A teaser item holds its headline and a few tag links; a larger block is the whole list. */
    private static final int MAX_ITEM_LINKS = 6;

    private TeaserReader() {
    }

    /** One related article per distinct linked headline, with the snippet and tags printed beside it. */
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
                Element item = item(a, c);
                out.add(new RelatedArticle(title, snippet(item, title), tags(item, a)));
            }
        }
        return out;
    }

    /** The smallest block around the headline that is one teaser, not the list of them. */
    private static Element item(Element link, Element container) {
        Element item = link;
        for (int i = 0; i < 3 && item.parent() != null && item != container; i++) {
            Element up = item.parent();
            if (up.getElementsByTag("a").size() > MAX_ITEM_LINKS || countTitles(up) > 1) {
                break;
            }
            item = up;
        }
        return item;
    }

    private static int countTitles(Element e) {
        int n = 0;
        for (Element a : e.getElementsByTag("a")) {
            if (Texts.bounded(a, 100).split(" ").length > MAX_TAG_WORDS) {
                n++;
            }
        }
        return n;
    }

    /** The paragraph printed with the headline, if any. */
    private static String snippet(Element item, String title) {
        Element p = item.selectFirst("p");
        if (p == null) {
            return null;
        }
        String s = Texts.bounded(p, 500);
        return s.isEmpty() || s.contains(title) || BodyAssembler.isDateLine(s) ? null : s;
    }

    /** Short links beside the headline: the teaser's tags ("Title | tag | tag"). */
    private static List<String> tags(Element item, Element titleLink) {
        Set<String> tags = new LinkedHashSet<>();
        for (Element a : item.getElementsByTag("a")) {
            String t = Texts.bounded(a, 100);
            if (a != titleLink && !t.isEmpty() && t.split(" ").length <= MAX_TAG_WORDS && tags.size() < MAX_TAGS) {
                tags.add(t);
            }
        }
        return List.copyOf(tags);
    }
}
