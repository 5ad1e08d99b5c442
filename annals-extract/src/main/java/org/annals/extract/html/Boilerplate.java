package org.annals.extract.html;

import org.annals.model.RemovalReason;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Recognises page chrome by tag, ARIA role and the words of class and id attributes
 * ("article-comments" → comments, but "content-header" → nothing). Pure and thread-safe.
 */
final class Boilerplate {
    private static final Map<String, RemovalReason> TAGS = Map.ofEntries(
            Map.entry("nav", RemovalReason.NAVIGATION), Map.entry("menu", RemovalReason.NAVIGATION),
            Map.entry("footer", RemovalReason.FOOTER), Map.entry("aside", RemovalReason.BOILERPLATE),
            Map.entry("form", RemovalReason.BOILERPLATE), Map.entry("dialog", RemovalReason.BOILERPLATE),
            Map.entry("figcaption", RemovalReason.CAPTION), Map.entry("header", RemovalReason.METADATA),
            Map.entry("address", RemovalReason.METADATA));

    private static final Map<String, RemovalReason> ROLES = Map.of(
            "navigation", RemovalReason.NAVIGATION, "menu", RemovalReason.NAVIGATION,
            "menubar", RemovalReason.NAVIGATION, "banner", RemovalReason.NAVIGATION,
            "contentinfo", RemovalReason.FOOTER, "complementary", RemovalReason.BOILERPLATE,
            "dialog", RemovalReason.BOILERPLATE, "alertdialog", RemovalReason.BOILERPLATE,
            "search", RemovalReason.NAVIGATION, "alert", RemovalReason.BOILERPLATE);

    /** "adbox", "ad-label", "adWrapper": an advertising slot, whatever it is called after "ad". */
    private static final Set<String> AD_SLOT_SUFFIXES = Set.of("box", "label", "slot", "unit", "wrap", "wrapper",
            "container", "zone", "block", "space", "holder", "area", "banner", "marker", "frame", "tag");

    /** "pic-txt", "photo-note", "img_desc": the text under a picture, in whichever words a site chose. */
    private static final List<String> PICTURE_WORDS = List.of("pic", "photo", "img", "image", "foto", "picture");
    private static final List<String> NOTE_WORDS = List.of("txt", "text", "note", "caption", "desc", "info",
            "credit", "title", "source");

    /** Single words of class/id that mark chrome. */
    private static final Map<String, RemovalReason> WORDS = words();

    /** Words that mark the article body or its parts: a container carrying one is never chrome by a weaker word. */
    private static final Set<String> CONTENT_WORDS = Set.of(
            "article", "articlebody", "content", "entry", "main", "post", "story", "body", "text", "prose",
            "richtext", "storybody", "postbody", "entrycontent", "articletext");

    private static final Map<String, RemovalReason> PREFIXES = Map.of(
            "related", RemovalReason.TEASER, "share", RemovalReason.BOILERPLATE, "comments", RemovalReason.COMMENTS,
            "sidebar", RemovalReason.BOILERPLATE, "footer", RemovalReason.FOOTER,
            "newsletter", RemovalReason.BOILERPLATE, "breadcrumb", RemovalReason.NAVIGATION,
            "advert", RemovalReason.BOILERPLATE, "navbar", RemovalReason.NAVIGATION,
            "socialshare", RemovalReason.BOILERPLATE);

    private static final Set<String> SCREEN_READER = Set.of("sronly", "visuallyhidden", "offscreen",
            "screenreader", "screenreadertext", "srtext", "assistive", "vhidden");

    private static final Set<String> MODIFIERS = Set.of("with", "has", "no", "without", "show", "is", "enable",
            "enabled", "allow");

    private Boilerplate() {
    }

    private static Map<String, RemovalReason> words() {
        Map<String, RemovalReason> m = new HashMap<>();
        for (String w : List.of("nav", "navbar", "navigation", "menu", "menubar", "submenu", "breadcrumb",
                "breadcrumbs", "pagination", "pager", "skiplink", "skip", "topbar", "masthead", "toc", "jump",
                "dropdown", "megamenu", "hamburger", "drawer", "offcanvas")) {
            m.put(w, RemovalReason.NAVIGATION);
        }
        for (String w : List.of("footer", "copyright", "colophon", "foot")) {
            m.put(w, RemovalReason.FOOTER);
        }
        for (String w : List.of("comment", "comments", "disqus", "respond", "replies", "commentlist",
                "livefyre", "talk", "coral", "kommentare", "kommentar", "commentaires", "comentarios", "commenti",
                "reacties", "komentarze", "yorumlar")) {
            m.put(w, RemovalReason.COMMENTS);
        }
        for (String w : List.of("related", "recommended", "recommendations", "recommendation", "recirculation",
                "recirc", "popular", "mostread", "mostpopular", "trending", "outbrain", "taboola", "teaser",
                "teasers", "readmore", "morestories", "moreon", "upnext", "nextarticle", "headlines", "relacionadas",
                "relacionados", "relacionada", "maislidas", "leiatambem", "vejatambem", "verwandte", "similaires",
                "correlati", "recomendados", "lesenauch", "mostviewed", "mostshared")) {
            m.put(w, RemovalReason.TEASER);
        }
        for (String w : List.of("caption", "figcaption", "credit", "credits", "photocredit", "imagecredit",
                "imagecopyright", "picturecredit", "photocopyright", "mediacaption")) {
            m.put(w, RemovalReason.CAPTION);
        }
        for (String picture : PICTURE_WORDS) {
            for (String note : NOTE_WORDS) {
                m.put(picture + note, RemovalReason.CAPTION);
            }
        }
        for (String suffix : AD_SLOT_SUFFIXES) {
            m.put("ad" + suffix, RemovalReason.BOILERPLATE);
        }
        for (String w : List.of("byline", "bylines", "timestamp", "published", "pubdate",
                "tags", "tagged", "taglist", "keywords", "meta", "postmeta", "entrymeta", "authorbio", "bio",
                "author", "authors", "date", "time", "updated", "kicker", "eyebrow", "headline", "title",
                "subtitle", "structureddata", "microdata")) {
            m.put(w, RemovalReason.METADATA);
        }
        for (String w : List.of("share", "sharing", "sharebar", "shares", "social", "socials", "sociallinks",
                "ad", "ads", "advert", "adverts", "advertisement", "advertising", "adsense", "adslot", "adunit",
                "dfp", "gpt", "sponsor", "sponsored", "promo", "promotion", "promoted", "newsletter", "newsletters",
                "subscribe", "subscription", "signup", "cookie", "cookies", "consent", "gdpr", "banner", "popup",
                "modal", "overlay", "sidebar", "widget", "widgets", "toolbar", "print", "sronly", "offscreen",
                "visuallyhidden", "screenreader", "login", "register", "donate", "tools", "rating", "follow",
                "gallery", "slideshow", "carousel", "podcast", "audio", "alert", "notice", "disclaimer", "feedback",
                "survey", "poll", "search", "logo", "icon", "icons", "button", "btn", "badge", "email", "rss",
                "download", "offer", "marketing", "affiliate", "commercial", "cta", "werbung", "anzeige", "publicidad",
                "publicite", "pubblicita", "reklama", "reklame", "compartir", "partager", "teilen",
                "condividi", "compartilhar")) {
            m.put(w, RemovalReason.BOILERPLATE);
        }
        return Map.copyOf(m);
    }

    /** The reason this element is chrome by its tag or role, or null. */
    static RemovalReason byTagOrRole(Element e) {
        RemovalReason r = TAGS.get(e.normalName());
        if (r != null) {
            return r;
        }
        String role = e.attr("role");
        return role.isEmpty() ? null : ROLES.get(role.toLowerCase(Locale.ROOT).strip());
    }

    /** True when the element is hidden from readers by attribute or inline style. */
    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /** True for text meant only for screen readers ("sr-only", "visually-hidden", "off-screen"). */
    static boolean isScreenReaderOnly(Element e) {
        String cls = e.className();
        if (cls.isEmpty()) {
            return false;
        }
        List<String> t = tokens(cls);
        for (int i = 0; i < t.size(); i++) {
            String joined = i + 1 < t.size() ? t.get(i) + t.get(i + 1) : t.get(i);
            if (SCREEN_READER.contains(t.get(i)) || SCREEN_READER.contains(joined)) {
                return true;
            }
        }
        return false;
    }

    /** The reason this element is chrome by the words of its class and id, or null. */
    static RemovalReason byName(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return null;
        }
        List<String> tokens = tokens(cls + " " + id);
        RemovalReason found = null;
        boolean content = false;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            String joined = i + 1 < tokens.size() ? t + tokens.get(i + 1) : null;
            if (CONTENT_WORDS.contains(t) || (joined != null && CONTENT_WORDS.contains(joined))) {
                content = true;
            }
            RemovalReason r = joined != null ? WORDS.get(joined) : null;
            if (r == null) {
                r = WORDS.get(t);
            }
            if (r == null) {
                r = byPrefix(t);
            }
            // "with-sidebar", "has-comments", "no-ads" describe a layout, not the element.
            if (i > 0 && MODIFIERS.contains(tokens.get(i - 1))) {
                r = null;
            }
            if (r != null && (found == null || rank(r) > rank(found))) {
                found = r;
            }
        }
        // Embedded posts (tweets, Instagram) are quoted material of the story, not share buttons.
        if (found == null || found == RemovalReason.BOILERPLATE && (tokens.contains("embed")
                || tokens.contains("tweet") || tokens.contains("embedded")) && !tokens.contains("share")) {
            return null;
        }
        // "article-meta" or "post-tags" are parts beside the body, but "article-content ad-free" is the body.
        if (content && (found == RemovalReason.BOILERPLATE || found == RemovalReason.METADATA)
                && !hasStrong(tokens)) {
            return null;
        }
        return found;
    }

    /** Glued names such as "relatedposts", "sharedaddy" or "sidebarleft". */
    private static RemovalReason byPrefix(String token) {
        for (Map.Entry<String, RemovalReason> p : PREFIXES.entrySet()) {
            if (token.startsWith(p.getKey())) {
                return p.getValue();
            }
        }
        return null;
    }

    /** Words strong enough to mark chrome even beside a content word ("post-share", "article-ad"). */
    private static boolean hasStrong(List<String> tokens) {
        for (String t : tokens) {
            switch (t) {
                case "share", "sharing", "social", "ad", "ads", "advert", "advertisement", "newsletter", "byline",
                        "meta", "tags", "caption", "sidebar", "promo", "sponsored", "author", "date", "title",
                        "headline", "kicker" -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    private static int rank(RemovalReason r) {
        return switch (r) {
            case COMMENTS -> 6;
            case TEASER -> 5;
            case NAVIGATION -> 4;
            case FOOTER -> 3;
            case CAPTION -> 2;
            case BOILERPLATE -> 1;
            default -> 0;
        };
    }

    /** Lower-case words of class and id values, split at punctuation and camelCase humps. */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean letter = Character.isLetterOrDigit(c);
            boolean hump = Character.isUpperCase(c) && i > 0 && Character.isLowerCase(s.charAt(i - 1));
            if (!letter || hump) {
                if (b.length() > 0) {
                    out.add(b.toString());
                    b.setLength(0);
                }
            }
            if (letter) {
                b.append(Character.toLowerCase(c));
            }
            if (out.size() > 64) {
                break;
            }
        }
        if (b.length() > 0) {
            out.add(b.toString());
        }
        return out;
    }
}
