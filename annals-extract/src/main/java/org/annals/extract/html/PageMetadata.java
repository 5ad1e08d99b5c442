package org.annals.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.annals.extract.meta.ParsedTime;
import org.annals.extract.meta.PublicationTime;
import org.annals.model.RemovalReason;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a page says about its article in meta tags, JSON-LD and marked-up bylines: title, dates,
 * authors, publisher, section, tags, language, and the body some sites publish as {@code articleBody}.
 */
record PageMetadata(String title, String published, String publishedText, List<String> authors,
                    String publisher, String section, List<String> tags, String language, String articleBody) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_JSON_CHARS = 2_000_000;
    private static final int MAX_JSON_SCRIPTS = 20;
    /** The headline is printed near the top: a bounded search keeps huge pages cheap. */
    private static final int MAX_HEADLINE_SEARCH = 3000;
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»/]\\s+|\\s*[|«»]\\s*");
    private static final Pattern BY = Pattern.compile(
            "^(?i)((posted|written|words|story|reporting|text)\\s+)?(by|von|par|por|di|door|av|af)\\s*:?\\s+");
    private static final Pattern AUTHOR_SPLIT = Pattern.compile(
            "\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b)\\s*");
    private static final Pattern URLISH = Pattern.compile("(?i)https?://|www\\.|@|\\.com\\b|/");
    /** Job titles printed after a name ("Tom Smith, Staff Writer"): not authors. */
    private static final Pattern ROLE = Pattern.compile(
            "(?i)\\b(writer|reporter|correspondent|editor|staff|contributor|columnist|journalist|bureau chief|"
                    + "redakteur|redaktion|rédaction|redacción)\\b");
    private static final String[] DATE_METAS = {"article:published_time", "og:published_time", "published_time",
            "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date",
            "dc.date.issued", "dcterms.created", "dcterms.issued", "parsely-pub-date", "sailthru.date",
            "citation_publication_date", "article.published", "og:article:published_time", "release_date",
            "article:published", "pdate", "date_published", "publication_date", "og:pubdate", "dc.date.created",
            "originalpublicationdate", "article_date_original", "displaydate", "datecreated"};

    /** Reads the metadata of a parsed page (before any cleaning). */
    static PageMetadata read(Document doc) {
        Map<String, List<String>> metas = metas(doc);
        List<JsonNode> ldNodes = jsonLd(doc);
        JsonNode ld = articleObject(ldNodes);

        String title = first(metas, "og:title", "twitter:title");
        if (title == null) {
            title = text(ld, "headline");
        }
        if (title == null) {
            Element h1 = doc.selectFirst("h1");
            title = h1 == null ? null : Texts.normalize(h1.text());
        }
        if (title == null || title.isEmpty()) {
            title = printedPrefix(doc, Texts.normalize(doc.title()));
        }
        String publisher = ld == null ? null : text(ld.path("publisher"), "name");
        if (publisher == null) {
            publisher = first(metas, "og:site_name", "application-name", "publisher");
        }
        title = stripSiteName(title, publisher);

        // The first stated date that reads as one: a malformed JSON-LD value falls back to meta tags,
        // and the page's <time> elements are searched only when the head states nothing.
        List<String> dates = new ArrayList<>();
        dates.add(text(ld, "datePublished"));
        for (String k : DATE_METAS) {
            dates.add(first(metas, k));
        }
        String publishedText = firstDate(dates);
        if (publishedText == null) {
            // Site-specific names still say what they hold: "sn-post-date", "publish-time".
            dates.clear();
            for (Map.Entry<String, List<String>> m : metas.entrySet()) {
                String k = m.getKey();
                if ((k.contains("publish") || k.endsWith("date")) && !k.contains("modif") && !k.contains("updat")
                        && !k.contains("expir")) {
                    dates.add(m.getValue().get(0));
                }
            }
            publishedText = firstDate(dates);
        }
        if (publishedText == null) {
            dates.clear();
            for (String query : new String[]{"[itemprop=datePublished]", "article time[datetime]", "time[pubdate]",
                    "time[datetime]"}) {
                Element time = doc.selectFirst(query);
                if (time != null) {
                    dates.add(time.hasAttr("content") ? time.attr("content")
                            : time.hasAttr("datetime") ? time.attr("datetime") : Texts.bounded(time, 100));
                }
            }
            publishedText = firstDate(dates);
        }
        String published = PublicationTime.parse(publishedText).map(ParsedTime::iso).orElse(null);

        String section = first(metas, "article:section", "parsely-section", "section");
        if (section == null && ld != null) {
            List<String> s = strings(ld.path("articleSection"));
            section = s.isEmpty() ? null : s.get(0);
        }
        if (section == null) {
            section = breadcrumbSection(doc, ldNodes, title);
        }
        return new PageMetadata(blankToNull(title), published, publishedText == null ? null : publishedText.strip(),
                authors(doc, metas, ld, publisher), blankToNull(publisher), blankToNull(section), tags(metas, ld),
                language(doc, metas), ld == null ? null : text(ld, "articleBody"));
    }

    private static String firstDate(List<String> candidates) {
        for (String d : candidates) {
            if (PublicationTime.parse(d).isPresent()) {
                return d;
            }
        }
        return null;
    }

    /**
     * The body to publish: the DOM text, unless the page's own articleBody shows it missed most of
     * the article.
     */
    String checkBody(String domText) {
        if (articleBody == null) {
            return domText;
        }
        String ldText = paragraphs(articleBody);
        if (ldText.length() >= 200 && domText.length() < 0.5 * ldText.length()) {
            return ldText;
        }
        return domText;
    }

    private static String paragraphs(String body) {
        StringBuilder b = new StringBuilder();
        for (String line : body.split("\\s*\\n\\s*")) {
            String t = Texts.normalize(line);
            if (!t.isEmpty()) {
                if (b.length() > 0) {
                    b.append("\n\n");
                }
                b.append(t);
            }
        }
        return b.toString();
    }

    private static Map<String, List<String>> metas(Document doc) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (Element e : doc.getElementsByTag("meta")) {
            String content = e.attr("content");
            if (content.isBlank()) {
                continue;
            }
            List<String> keys = new ArrayList<>();
            for (String attr : new String[]{"property", "name", "http-equiv"}) {
                if (e.hasAttr(attr)) {
                    keys.add(e.attr(attr));
                }
            }
            // itemprop may list several properties: "datePublished dateCreated".
            keys.addAll(List.of(e.attr("itemprop").split("\\s+")));
            for (String key : keys) {
                if (key.isBlank()) {
                    continue;
                }
                List<String> values = m.computeIfAbsent(key.toLowerCase(Locale.ROOT).strip(), k -> new ArrayList<>());
                if (values.size() < 50) {
                    values.add(Texts.normalize(content));
                }
            }
        }
        return m;
    }

    private static String first(Map<String, List<String>> metas, String... keys) {
        for (String k : keys) {
            List<String> v = metas.get(k);
            if (v != null && !v.isEmpty() && !v.get(0).isEmpty()) {
                return v.get(0);
            }
        }
        return null;
    }

    /** Every JSON-LD object of the page, flattened out of graphs and lists; bounded in count and size. */
    private static List<JsonNode> jsonLd(Document doc) {
        List<JsonNode> nodes = new ArrayList<>();
        int seen = 0;
        for (Element script : doc.select("script[type=application/ld+json]")) {
            if (++seen > MAX_JSON_SCRIPTS) {
                break;
            }
            String data = script.data();
            if (data.length() > MAX_JSON_CHARS) {
                continue;
            }
            try {
                collect(JSON.readTree(data.strip()), nodes);
            } catch (Exception e) {
                // Broken JSON-LD is common; the page's other metadata still counts.
            }
        }
        return nodes;
    }

    /** The JSON-LD object describing the article, preferring article types over pages. */
    private static JsonNode articleObject(List<JsonNode> nodes) {
        JsonNode best = null;
        int bestRank = 0;
        for (JsonNode n : nodes) {
            int rank = rank(n);
            if (rank > bestRank) {
                bestRank = rank;
                best = n;
            }
        }
        return best;
    }

    /**
     * The section named by the page's breadcrumb trail (JSON-LD BreadcrumbList or a breadcrumb
     * element): its last step that is not the story itself, never the home page.
     */
    private static String breadcrumbSection(Document doc, List<JsonNode> nodes, String title) {
        List<String> steps = new ArrayList<>();
        for (JsonNode n : nodes) {
            if (strings(n.path("@type")).contains("BreadcrumbList")) {
                for (JsonNode item : n.path("itemListElement")) {
                    String name = item.path("name").asText("");
                    if (name.isBlank()) {
                        name = item.path("item").path("name").asText("");
                    }
                    if (!name.isBlank() && steps.size() < 20) {
                        steps.add(Texts.normalize(name));
                    }
                }
                break;
            }
        }
        if (steps.isEmpty()) {
            Element trail = doc.selectFirst("[class*=breadcrumb], [id*=breadcrumb]");
            if (trail != null) {
                for (Element a : trail.getElementsByTag("a")) {
                    String t = Texts.bounded(a, 80);
                    if (!t.isEmpty() && steps.size() < 20) {
                        steps.add(t);
                    }
                }
            }
        }
        if (!steps.isEmpty() && title != null && steps.get(steps.size() - 1).equalsIgnoreCase(title)) {
            steps.remove(steps.size() - 1);
        }
        // The first step is the home page.
        return steps.size() < 2 ? null : steps.get(steps.size() - 1);
    }

    private static void collect(JsonNode root, List<JsonNode> out) {
        List<JsonNode> stack = new ArrayList<>();
        stack.add(root);
        while (!stack.isEmpty() && out.size() < 200) {
            JsonNode n = stack.remove(stack.size() - 1);
            if (n == null) {
                continue;
            }
            if (n.isArray()) {
                n.forEach(stack::add);
            } else if (n.isObject()) {
                out.add(n);
                if (n.has("@graph")) {
                    stack.add(n.get("@graph"));
                }
                if (n.has("mainEntity")) {
                    stack.add(n.get("mainEntity"));
                }
            }
        }
    }

    private static int rank(JsonNode n) {
        int rank = 0;
        for (String type : strings(n.path("@type"))) {
            String t = type.toLowerCase(Locale.ROOT);
            if (t.contains("article") || t.equals("blogposting") || t.equals("report")
                    || t.equals("liveblogposting")) {
                rank = Math.max(rank, 3);
            } else if (t.equals("webpage") || t.equals("itempage")) {
                rank = Math.max(rank, 1);
            }
        }
        if (rank > 0 && n.has("articleBody")) {
            rank++;
        }
        return rank;
    }

    private static String text(JsonNode n, String field) {
        if (n == null) {
            return null;
        }
        List<String> s = strings(n.path(field));
        return s.isEmpty() ? null : s.get(0);
    }

    /** A JSON value read as strings: a string, an array of strings, or objects' names. */
    private static List<String> strings(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v == null || v.isMissingNode() || v.isNull()) {
            return out;
        }
        if (v.isArray()) {
            for (JsonNode x : v) {
                if (out.size() >= 50) {
                    break;
                }
                out.addAll(strings(x.isArray() ? null : x));
            }
        } else if (v.isObject()) {
            String name = v.path("name").asText("");
            if (!name.isBlank()) {
                out.add(Texts.normalize(name));
            }
        } else if (v.isValueNode()) {
            String s = Texts.normalize(v.asText(""));
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * A {@code <title>} often ends with the site's name in any script ("Headline - ひかりニュース"): when the
     * part before the last separator is printed on the page as an element of its own, that part is the
     * headline.
     */
    private static String printedPrefix(Document doc, String title) {
        int cut = Math.max(title.lastIndexOf(" | "), Math.max(title.lastIndexOf(" - "), title.lastIndexOf(" – ")));
        if (cut <= 0 || doc.body() == null) {
            return title;
        }
        String prefix = title.substring(0, cut).strip();
        int seen = 0;
        for (Element e : doc.body().getAllElements()) {
            if (++seen > MAX_HEADLINE_SEARCH) {
                break;
            }
            String own = e.ownText();
            if (own.length() >= prefix.length() / 2 && Texts.normalize(e.text()).equals(prefix)) {
                return prefix;
            }
        }
        return title;
    }

    private static String stripSiteName(String title, String site) {
        if (title == null) {
            return null;
        }
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String last = parts[parts.length - 1].strip();
        String firstPart = parts[0].strip();
        boolean isSite = site != null && (last.equalsIgnoreCase(site) || firstPart.equalsIgnoreCase(site));
        if (isSite && last.equalsIgnoreCase(site)) {
            return title.substring(0, title.lastIndexOf(last)).replaceAll("[\\s|\\-–—:·•»/«]+$", "").strip();
        }
        if (isSite) {
            return title.substring(title.indexOf(firstPart) + firstPart.length())
                    .replaceAll("^[\\s|\\-–—:·•»/«]+", "").strip();
        }
        // A short capitalised last part is a site name by convention ("Headline | Outlet", "Headline - Outlet").
        int cut = Math.max(title.lastIndexOf(" | "), Math.max(title.lastIndexOf(" - "), title.lastIndexOf(" – ")));
        if (cut > 0 && last.split("\\s+").length <= 4 && last.length() * 2 < title.length() && capitalised(last)) {
            return title.substring(0, cut).strip();
        }
        return title;
    }

    private static boolean capitalised(String words) {
        for (String w : words.split("\\s+")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> authors(Document doc, Map<String, List<String>> metas, JsonNode ld,
                                        String publisher) {
        Set<String> out = new LinkedHashSet<>();
        if (ld != null) {
            for (String a : strings(ld.path("author"))) {
                addAuthors(out, a);
            }
        }
        if (out.isEmpty()) {
            for (String k : new String[]{"author", "article:author", "parsely-author", "sailthru.author",
                    "dc.creator", "byl"}) {
                for (String a : metas.getOrDefault(k, List.of())) {
                    addAuthors(out, a);
                }
                if (!out.isEmpty()) {
                    break;
                }
            }
        }
        if (out.isEmpty()) {
            // The story's byline comes first; later matches are comment authors and teaser bylines.
            for (Element e : doc.select("[rel=author], [itemprop=author], [class*=byline], [class*=author]")) {
                String t = Texts.bounded(e, 200);
                if (t.length() < 80 && !inCommentsOrForm(e)) {
                    // A linked name inside the byline is the name alone, without "View more articles".
                    Element link = e.nameIs("a") ? null : e.selectFirst("a[href]");
                    String name = link == null ? "" : Texts.bounded(link, 80);
                    addAuthors(out, name.isEmpty() ? t : name);
                }
                if (!out.isEmpty()) {
                    break;
                }
            }
        }
        // "Name, Outlet" and "Name, MS": the outlet and credentials are not people.
        List<String> people = new ArrayList<>();
        for (String a : out) {
            boolean credential = !people.isEmpty() && a.length() <= 4 && a.equals(a.toUpperCase(Locale.ROOT));
            if (!credential && !(publisher != null && a.equalsIgnoreCase(publisher) && out.size() > 1)) {
                people.add(a);
            }
        }
        return List.copyOf(people);
    }

    private static boolean inCommentsOrForm(Element e) {
        Element a = e;
        for (int i = 0; i < 12 && a != null; i++, a = a.parent()) {
            if (a.nameIs("form") || a.nameIs("label") || Boilerplate.byName(a) == RemovalReason.COMMENTS) {
                return true;
            }
        }
        return false;
    }

    private static void addAuthors(Set<String> out, String raw) {
        String s = BY.matcher(Texts.normalize(raw)).replaceFirst("");
        for (String part : AUTHOR_SPLIT.split(s)) {
            String a = BY.matcher(part.strip()).replaceFirst("").strip();
            if (a.length() < 2 || a.length() > 60 || URLISH.matcher(a).find() || a.split(" ").length > 5
                    || ROLE.matcher(a).find() || a.chars().anyMatch(c -> Character.isDigit(c) || "*():".indexOf(c) >= 0)
                    || a.indexOf(' ') < 0 && a.equals(a.toLowerCase(Locale.ROOT))
                    || !Character.isLetter(a.charAt(0)) || out.size() >= 10) {
                continue;
            }
            out.add(a);
        }
    }

    private static List<String> tags(Map<String, List<String>> metas, JsonNode ld) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : metas.getOrDefault("article:tag", List.of())) {
            splitTags(out, t);
        }
        if (out.isEmpty()) {
            String kw = first(metas, "news_keywords", "keywords", "parsely-tags");
            if (kw != null) {
                splitTags(out, kw);
            }
        }
        if (out.isEmpty() && ld != null) {
            for (String k : strings(ld.path("keywords"))) {
                splitTags(out, k);
            }
        }
        return List.copyOf(out);
    }

    private static void splitTags(Set<String> out, String raw) {
        for (String t : raw.split("\\s*[,;，、]\\s*")) {
            String s = t.strip();
            if (!s.isEmpty() && s.length() <= 60 && out.size() < 30) {
                out.add(s);
            }
        }
    }

    private static String language(Document doc, Map<String, List<String>> metas) {
        Element html = doc.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang");
        if (lang.isBlank()) {
            String c = first(metas, "content-language", "og:locale", "language", "dc.language");
            lang = c == null ? "" : c;
        }
        String code = lang.strip().toLowerCase(Locale.ROOT).split("[-_,;\\s]")[0];
        return code.length() == 2 && Character.isLetter(code.charAt(0)) && Character.isLetter(code.charAt(1))
                ? code : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
