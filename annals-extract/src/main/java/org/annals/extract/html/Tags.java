package org.annals.extract.html;

import java.util.Set;

/** What HTML tag names mean for extraction: blocks, headings, invisible and inline elements. */
final class Tags {
    /** Elements that start a new paragraph of text. */
    private static final Set<String> BLOCK = Set.of(
            "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl",
            "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
            "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "caption", "output", "frameset", "frame");

    /** Elements whose content is never read as text. */
    private static final Set<String> INVISIBLE = Set.of(
            "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
            "video", "audio", "map", "head", "title", "meta", "link", "base", "select", "option", "textarea",
            "input", "button", "img", "picture", "source", "track", "param", "datalist");

    /** Elements that sit inside running text. */
    private static final Set<String> INLINE = Set.of(
            "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd",
            "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "label",
            "strike", "tt", "big", "nobr");

    private Tags() {
    }

    /** True when the tag starts a new paragraph. */
    static boolean isBlock(String tag) {
        return BLOCK.contains(tag);
    }

    /** True when the tag holds nothing a reader sees as text. */
    static boolean isInvisible(String tag) {
        return INVISIBLE.contains(tag);
    }

    /** True when the tag sits inside running text. */
    static boolean isInline(String tag) {
        return INLINE.contains(tag);
    }

    /** True for h1 to h6. */
    static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }
}
