package org.annals.serve;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

import java.nio.charset.StandardCharsets;

/**
 * One HTML page built as a jsoup DOM: text and attribute values set through jsoup are always
 * escaped on output, so nothing read from an article can become markup. Scripts and styles come
 * only from the server's own static files (the Content-Security-Policy forbids inline ones).
 */
final class Page {
    private final Document doc;
    private final Element main;

    /** A page with the site's header and navigation; {@code current} names the active section. */
    Page(String title, String current) {
        doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base);
        doc.prependChild(new DocumentType("html", "", ""));
        doc.child(0).attr("lang", "en");
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title + " · Annals");
        head.appendElement("link").attr("rel", "stylesheet").attr("href", "/static/annals.css");
        head.appendElement("script").attr("src", "/static/annals.js").attr("defer", "");
        Element body = doc.body();
        body.appendElement("a").addClass("skip").attr("href", "#main").text("Skip to content");
        Element header = body.appendElement("header").addClass("site");
        header.appendElement("a").addClass("brand").attr("href", "/").text("Annals");
        Element nav = header.appendElement("nav").attr("aria-label", "Sections");
        link(nav, "/", "Search", current);
        link(nav, "/entities", "Actors", current);
        link(nav, "/events", "Events", current);
        link(nav, "/api/openapi.json", "API", current);
        main = body.appendElement("main").attr("id", "main");
    }

    private static void link(Element nav, String href, String label, String current) {
        Element a = nav.appendElement("a").attr("href", href).text(label);
        if (label.equals(current)) {
            a.attr("aria-current", "page");
        }
    }

    /** The page's main element, where content goes. */
    Element main() {
        return main;
    }

    /** The page as HTML. */
    String html() {
        return doc.outerHtml();
    }

    /** Appends a link to an outside page only when it is http or https; otherwise the text alone. */
    static Element externalLink(Element parent, String uri, String text) {
        String safe = Links.external(uri);
        if (safe == null) {
            return parent.appendElement("span").text(text);
        }
        return parent.appendElement("a").attr("href", safe).attr("rel", "noopener noreferrer nofollow")
                .attr("referrerpolicy", "no-referrer").text(text);
    }

    /** Appends a definition term and its value when the value is present. */
    static void fact(Element dl, String term, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        dl.appendElement("dt").text(term);
        dl.appendElement("dd").text(value);
    }

    /**
     * Appends a search snippet: the archive marks matches with {@code <b>…</b>} in raw article text,
     * so the text between the markers is added as text and the markers become {@code <mark>}.
     */
    static void snippet(Element parent, String snippet) {
        if (snippet == null) {
            return;
        }
        int i = 0;
        boolean inMark = false;
        while (i < snippet.length()) {
            String tag = inMark ? "</b>" : "<b>";
            int next = snippet.indexOf(tag, i);
            String part = snippet.substring(i, next < 0 ? snippet.length() : next);
            if (!part.isEmpty()) {
                if (inMark) {
                    parent.appendElement("mark").text(part);
                } else {
                    parent.appendText(part);
                }
            }
            if (next < 0) {
                break;
            }
            i = next + tag.length();
            inMark = !inMark;
        }
    }
}
