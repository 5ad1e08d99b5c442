package org.annals.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.annals.archive.ArticleSearcher;
import org.annals.model.AnalyzedArticle;
import org.annals.model.Article;
import org.annals.model.Entity;
import org.annals.model.EntityType;
import org.annals.model.Event;
import org.annals.model.Quote;
import org.annals.model.Span;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** The server-rendered pages: search, article reader, actor, events table, story, error. */
final class Pages {
    private Pages() {
    }

    /** What a search form holds, to fill the form back in and build facet links. */
    record SearchForm(String q, String from, String to, String actor, String category, String outlet) {
        String query(int page, String withActor, String withCategory, String withFrom, String withTo) {
            return query(page, withActor, withCategory, withFrom, withTo, outlet);
        }

        String query(int page, String withActor, String withCategory, String withFrom, String withTo,
                     String withOutlet) {
            StringBuilder b = new StringBuilder("/?");
            param(b, "q", q);
            param(b, "from", withFrom);
            param(b, "to", withTo);
            param(b, "actor", withActor);
            param(b, "category", withCategory);
            param(b, "outlet", withOutlet);
            if (page > 0) {
                param(b, "page", Integer.toString(page));
            }
            return b.substring(0, b.length() - 1);
        }
    }

    private static void param(StringBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) {
            b.append(name).append('=').append(Links.segment(value)).append('&');
        }
    }

    /** The search page with its results and facets. */
    static String search(SearchForm form, ObjectNode result, ObjectNode stats) {
        Page page = new Page(form.q() == null ? "Search" : "Search: " + form.q(), "Search");
        Element main = page.main().addClass("search");
        main.appendElement("h1").text("Search the archive");
        Element f = main.appendElement("form").attr("method", "get").attr("action", "/").attr("role", "search")
                .addClass("filters");
        input(f, "q", "Words", "search", form.q(), "e.g. summit AND title:harbour");
        input(f, "from", "From", "text", form.from(), "YYYY-MM-DD");
        input(f, "to", "To", "text", form.to(), "YYYY-MM-DD");
        input(f, "actor", "Actor", "text", form.actor(), "a name");
        categorySelect(f, form.category());
        input(f, "outlet", "Outlet", "text", form.outlet(), "publisher or site");
        f.appendElement("button").attr("type", "submit").text("Search");
        if (stats != null) {
            main.appendElement("p").addClass("muted").text(String.format(Locale.ROOT,
                    "The archive holds %d articles, %d actors, %d events and %d quotes.",
                    stats.path("articles").asLong(), stats.path("entities").asLong(), stats.path("events").asLong(),
                    stats.path("quotes").asLong()));
        }
        Element layout = main.appendElement("div").addClass("two");
        Element results = layout.appendElement("section").attr("aria-label", "Results").addClass("results");
        long total = result.path("total").asLong();
        results.appendElement("p").attr("id", "count").text(total == 0 ? "No articles found."
                : total + " article" + (total == 1 ? "" : "s") + " found.");
        Element list = results.appendElement("ol").addClass("hits");
        for (JsonNode h : result.path("results")) {
            Element li = list.appendElement("li").addClass("hit");
            String id = h.path("id").asText();
            li.appendElement("h2").appendElement("a").attr("href", Links.article(id))
                    .text(title(h.path("title").isNull() ? null : h.path("title").asText()));
            Element meta = li.appendElement("p").addClass("meta");
            if (!h.path("published").isNull()) {
                meta.appendElement("time").text(h.path("published").asText());
                meta.appendText(" · ");
            }
            meta.appendElement("span").addClass("source").text(shortSource(h.path("source").asText("")));
            Page.snippet(li.appendElement("p").addClass("snippet"), h.path("snippet").asText(""));
        }
        int pageNo = result.path("page").asInt();
        int pageSize = result.path("pageSize").asInt(ArchiveViews.PAGE_SIZE);
        // Pages past the searcher's window cannot be shown; the count above stays exact.
        int pages = (int) Math.min(Math.ceil(total / (double) pageSize), ArticleSearcher.MAX_WINDOW / pageSize);
        if (pages > 1) {
            Element nav = results.appendElement("nav").attr("aria-label", "Pages").addClass("pager");
            if (pageNo > 0) {
                nav.appendElement("a").attr("rel", "prev").attr("href",
                        form.query(pageNo - 1, form.actor(), form.category(), form.from(), form.to())).text("← Previous");
            }
            nav.appendElement("span").text("Page " + (pageNo + 1) + " of " + pages);
            if (pageNo + 1 < pages) {
                nav.appendElement("a").attr("rel", "next").attr("href",
                        form.query(pageNo + 1, form.actor(), form.category(), form.from(), form.to())).text("Next →");
            }
        }
        JsonNode facets = result.path("facets");
        if (!facets.isMissingNode()) {
            Element aside = layout.appendElement("aside").attr("aria-label", "Facets").addClass("facets");
            histogram(aside, facets.path("months"), form);
            facetList(aside, "Outlets", facets.path("outlets"), n -> n.path("outlet").asText(),
                    n -> form.query(0, form.actor(), form.category(), form.from(), form.to(), n.path("outlet").asText()));
            facetList(aside, "Actors", facets.path("actors"), n -> n.path("name").asText(),
                    n -> form.query(0, n.path("name").asText(), form.category(), form.from(), form.to()));
            facetList(aside, "Event categories", facets.path("categories"), n -> n.path("category").asText(),
                    n -> form.query(0, form.actor(), n.path("category").asText(), form.from(), form.to()));
        }
        return page.html();
    }

    private static void histogram(Element aside, JsonNode months, SearchForm form) {
        if (months.isEmpty()) {
            return;
        }
        Element sec = aside.appendElement("section");
        sec.appendElement("h2").text("Published");
        long max = 1;
        for (JsonNode m : months) {
            max = Math.max(max, m.path("n").asLong());
        }
        int bar = 18;
        int height = 60;
        // At least a dozen bars wide, so one month does not fill the panel.
        int width = Math.max(12 * bar, months.size() * bar);
        Element svg = sec.appendElement("svg").attr("viewBox", "0 0 " + width + " " + (height + 14))
                .attr("role", "img").attr("aria-label", "Articles per month").addClass("histogram");
        int i = 0;
        for (JsonNode m : months) {
            String month = m.path("month").asText();
            long n = m.path("n").asLong();
            int h = (int) Math.max(2, Math.round(height * (double) n / max));
            Element a = svg.appendElement("a").attr("href", form.query(0, form.actor(), form.category(), month, month));
            a.appendElement("title").text(month + ": " + n);
            a.appendElement("rect").attr("x", Integer.toString(i * bar + 2)).attr("y", Integer.toString(height - h))
                    .attr("width", Integer.toString(bar - 4)).attr("height", Integer.toString(h)).addClass("bar");
            i++;
        }
        String first = months.get(0).path("month").asText();
        String last = months.get(months.size() - 1).path("month").asText();
        sec.appendElement("p").addClass("muted").text(first.equals(last) ? first : first + " – " + last);
    }

    private static void facetList(Element aside, String title, JsonNode rows,
                                  java.util.function.Function<JsonNode, String> label,
                                  java.util.function.Function<JsonNode, String> href) {
        if (rows.isEmpty()) {
            return;
        }
        Element sec = aside.appendElement("section");
        sec.appendElement("h2").text(title);
        Element ul = sec.appendElement("ul").addClass("facet");
        for (JsonNode n : rows) {
            Element li = ul.appendElement("li");
            li.appendElement("a").attr("href", href.apply(n)).text(label.apply(n));
            li.appendElement("span").addClass("n").text(n.path("n").asText());
        }
    }

    private static void input(Element form, String name, String label, String type, String value, String hint) {
        Element p = form.appendElement("p");
        p.appendElement("label").attr("for", "f-" + name).text(label);
        Element in = p.appendElement("input").attr("id", "f-" + name).attr("name", name).attr("type", type)
                .attr("placeholder", hint);
        if (value != null) {
            in.attr("value", value);
        }
    }

    private static void categorySelect(Element form, String current) {
        Element p = form.appendElement("p");
        p.appendElement("label").attr("for", "f-category").text("Event category");
        Element sel = p.appendElement("select").attr("id", "f-category").attr("name", "category");
        sel.appendElement("option").attr("value", "").text("any");
        for (String c : new TreeSet<>(Params.CATEGORIES)) {
            Element o = sel.appendElement("option").attr("value", c).text(c);
            if (c.equals(current)) {
                o.attr("selected", "");
            }
        }
    }

    /** The article reader: marked text, events beside it with their coding, entities and quotes. */
    static String article(AnalyzedArticle a, ObjectNode facts) {
        Article art = a.article();
        Page page = new Page(title(art.title()), "");
        Element main = page.main().addClass("reader");
        Map<String, String> canonical = new HashMap<>();
        facts.path("canonical").fields().forEachRemaining(e -> canonical.put(e.getKey(), e.getValue().asText()));
        Map<String, Entity> entities = new HashMap<>();
        a.entities().forEach(e -> entities.put(e.id(), e));

        Element head = main.appendElement("header").addClass("article-head");
        head.appendElement("h1").text(title(art.title()));
        Element dl = head.appendElement("dl").addClass("facts");
        Page.fact(dl, "Published", art.published() != null ? art.published() : art.publishedText());
        Page.fact(dl, "Authors", art.authors().isEmpty() ? null : String.join(", ", art.authors()));
        Page.fact(dl, "Publisher", art.publisher());
        if (art.dateline() != null) {
            Page.fact(dl, "Dateline", join(", ", art.dateline().place(), art.dateline().date(), art.dateline().agency()));
        }
        Page.fact(dl, "Section", art.section());
        Page.fact(dl, "Tags", art.tags().isEmpty() ? null : String.join(", ", art.tags()));
        Page.fact(dl, "Language", art.language());
        if (art.source() != null && art.source().uri() != null) {
            dl.appendElement("dt").text("Source");
            Page.externalLink(dl.appendElement("dd"), art.source().uri(), art.source().uri());
        }
        if (facts.path("story_size").asLong() > 1 && facts.hasNonNull("story_id")) {
            dl.appendElement("dt").text("Story");
            dl.appendElement("dd").appendElement("a").attr("href", Links.story(facts.path("story_id").asText()))
                    .text(facts.path("story_size").asLong() + " articles on this story");
        }
        if (facts.hasNonNull("duplicate_of") && Links.isArticleId(facts.path("duplicate_of").asText())) {
            dl.appendElement("dt").text("Near-duplicate of");
            dl.appendElement("dd").appendElement("a").attr("href", Links.article(facts.path("duplicate_of").asText()))
                    .text("an earlier article");
        }
        head.appendElement("p").addClass("raw").appendElement("a").attr("href", "/api/articles/" + Links.segment(art.id()))
                .text("Article JSON");

        Element layout = main.appendElement("div").addClass("two");
        Element body = layout.appendElement("article").attr("aria-label", "Article text").addClass("text")
                .attr("id", "text");
        ArticleMarkup.render(body, a, canonical);

        Element aside = layout.appendElement("aside").addClass("layers").attr("aria-label", "What the article says");
        Element evSec = aside.appendElement("section").attr("id", "events");
        evSec.appendElement("h2").text("Events (" + a.events().size() + ")");
        evSec.appendElement("p").attr("id", "ev-status").attr("aria-live", "polite").addClass("visually-hidden");
        if (a.events().isEmpty()) {
            evSec.appendElement("p").addClass("muted").text("No events were coded in this article.");
        } else {
            evSec.appendElement("p").addClass("muted").text("Choose an event to highlight its evidence in the text.");
        }
        Element ol = evSec.appendElement("ol").addClass("events");
        for (Event v : a.events()) {
            if (!Links.isLocalId(v.id())) {
                continue;
            }
            Element li = ol.appendElement("li").attr("id", "ev-" + v.id());
            li.appendElement("button").attr("type", "button").addClass("event").attr("data-ev", v.id())
                    .attr("aria-pressed", "false").attr("aria-controls", "coding-" + v.id())
                    .text(eventLabel(v, entities));
            Element coding = li.appendElement("dl").addClass("coding").attr("id", "coding-" + v.id()).attr("hidden", "");
            Page.fact(coding, "Category", v.category());
            Page.fact(coding, "Mode", v.mode());
            Page.fact(coding, "CAMEO", v.cameo());
            participants(coding, "Actors", v.actors(), entities, canonical);
            participants(coding, "Recipients", v.recipients(), entities, canonical);
            if (v.place() != null) {
                Page.fact(coding, "Place", join(", ", v.place().name(), v.place().country(),
                        v.place().lat() == null ? null : String.format(Locale.ROOT, "%.3f, %.3f", v.place().lat(),
                                v.place().lon() == null ? 0.0 : v.place().lon())));
            }
            Page.fact(coding, "Date", v.date());
            Page.fact(coding, "Trigger", spanText(art.text(), v.trigger()));
            Page.fact(coding, "Modality", v.modality());
            Page.fact(coding, "Confidence", String.format(Locale.ROOT, "%.2f", v.confidence()));
            Page.fact(coding, "Rule", v.rule());
        }

        Element qSec = aside.appendElement("section").attr("id", "quotes");
        qSec.appendElement("h2").text("Quotes (" + a.quotes().size() + ")");
        Element ql = qSec.appendElement("ul").addClass("quotes");
        for (Quote q : a.quotes()) {
            Element li = ql.appendElement("li");
            Entity sp = q.speaker() == null ? null : entities.get(q.speaker());
            if (sp != null && canonical.containsKey(sp.id()) && Links.isEntityId(canonical.get(sp.id()))) {
                li.appendElement("a").attr("href", Links.entity(canonical.get(sp.id()))).addClass("speaker").text(sp.name());
            } else {
                li.appendElement("span").addClass("speaker").text(sp == null ? "Unattributed" : sp.name());
            }
            li.appendText(" " + (q.cue() == null ? "" : q.cue() + " ") + "(" + (q.kind() == null ? "" :
                    q.kind().name().toLowerCase(Locale.ROOT)) + "): ");
            li.appendElement("q").text(q.text() == null ? "" : q.text());
        }

        Element eSec = aside.appendElement("section").attr("id", "entities");
        eSec.appendElement("h2").text("Entities (" + a.entities().size() + ")");
        for (EntityType t : EntityType.values()) {
            List<Entity> of = a.entities().stream().filter(e -> e.type() == t).toList();
            if (of.isEmpty()) {
                continue;
            }
            eSec.appendElement("h3").addClass("ent-" + t.name().toLowerCase(Locale.ROOT)).text(typeLabel(t));
            Element ul = eSec.appendElement("ul").addClass("entities");
            for (Entity e : of) {
                Element li = ul.appendElement("li");
                String canon = canonical.get(e.id());
                Element name = canon != null && Links.isEntityId(canon)
                        ? li.appendElement("a").attr("href", Links.entity(canon)) : li.appendElement("span");
                name.addClass("ent").addClass("ent-" + t.name().toLowerCase(Locale.ROOT)).text(e.name());
                String more = join(", ", e.country(), e.sector(), e.roles().isEmpty() ? null : String.join("; ", e.roles()));
                if (more != null) {
                    li.appendText(" — " + more);
                }
            }
        }
        if (!a.times().isEmpty()) {
            Element tSec = aside.appendElement("section").attr("id", "times");
            tSec.appendElement("h2").text("Times (" + a.times().size() + ")");
            Element ul = tSec.appendElement("ul").addClass("times");
            for (org.annals.model.TimeExpression t : a.times()) {
                ul.appendElement("li").text((t.text() == null ? "" : t.text()) + " → " + (t.value() == null ? "?" : t.value())
                        + (t.precision() == null ? "" : " (" + t.precision().name().toLowerCase(Locale.ROOT) + ")"));
            }
        }
        if (!a.notes().isEmpty()) {
            Element nSec = aside.appendElement("section").attr("id", "notes");
            nSec.appendElement("h2").text("Notes on the analysis");
            Element ul = nSec.appendElement("ul").addClass("muted");
            a.notes().forEach(n -> ul.appendElement("li").text(join(": ", n.layer(), n.message())));
        }
        if (!art.removed().isEmpty()) {
            Element rem = aside.appendElement("details").addClass("removed");
            rem.appendElement("summary").text("Left out of the text (" + art.removed().size() + ")");
            Element ul = rem.appendElement("ul");
            art.removed().stream().limit(200).forEach(r -> {
                Element li = ul.appendElement("li");
                li.appendElement("span").addClass("reason").text(r.reason() == null ? "?" : r.reason().label());
                li.appendText(" " + (r.text() == null ? "" : r.text().length() > 300 ? r.text().substring(0, 300) + "…" : r.text()));
            });
        }
        if (!art.related().isEmpty()) {
            Element rel = aside.appendElement("details").addClass("related");
            rel.appendElement("summary").text("Teasers for other articles (" + art.related().size() + ")");
            Element ul = rel.appendElement("ul");
            art.related().forEach(r -> ul.appendElement("li").text(title(r.title())));
        }
        return page.html();
    }

    private static void participants(Element dl, String term, List<String> ids, Map<String, Entity> entities,
                                     Map<String, String> canonical) {
        if (ids.isEmpty()) {
            return;
        }
        dl.appendElement("dt").text(term);
        Element dd = dl.appendElement("dd");
        boolean first = true;
        for (String id : ids) {
            if (!first) {
                dd.appendText(", ");
            }
            first = false;
            Entity e = entities.get(id);
            String name = e == null ? id : e.name();
            String canon = canonical.get(id);
            if (canon != null && Links.isEntityId(canon)) {
                dd.appendElement("a").attr("href", Links.entity(canon)).addClass("actor").text(name);
            } else {
                dd.appendText(name);
            }
        }
    }

    private static String eventLabel(Event v, Map<String, Entity> entities) {
        String actors = names(v.actors(), entities);
        String recipients = names(v.recipients(), entities);
        StringBuilder b = new StringBuilder(v.category() == null ? "EVENT" : v.category());
        if (v.mode() != null) {
            b.append(" · ").append(v.mode());
        }
        if (!actors.isEmpty() || !recipients.isEmpty()) {
            b.append(": ").append(actors.isEmpty() ? "?" : actors);
            if (!recipients.isEmpty()) {
                b.append(" → ").append(recipients);
            }
        }
        if (v.date() != null) {
            b.append(" (").append(v.date()).append(')');
        }
        return b.toString();
    }

    private static String names(List<String> ids, Map<String, Entity> entities) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            Entity e = entities.get(id);
            out.add(e == null ? id : e.name());
        }
        return String.join(", ", out);
    }

    private static String spanText(String text, Span s) {
        return s == null || s.end() > text.length() ? null : s.of(text);
    }

    private static String typeLabel(EntityType t) {
        return switch (t) {
            case PERSON -> "People";
            case ORGANIZATION -> "Organisations";
            case LOCATION -> "Places";
            case MISC -> "Other";
        };
    }

    /** An actor's page: facts, network and timeline. */
    static String entity(ObjectNode n) {
        String name = n.path("name").asText();
        Page page = new Page(name, "");
        Element main = page.main().addClass("actor");
        String type = n.path("type").asText("MISC").toLowerCase(Locale.ROOT);
        main.appendElement("h1").appendElement("span").addClass("ent").addClass("ent-" + type).text(name);
        Element dl = main.appendElement("dl").addClass("facts");
        Page.fact(dl, "Type", n.path("type").asText(null));
        Page.fact(dl, "Country", n.path("country").asText(null));
        Page.fact(dl, "Sector", joinArray(n.path("sectors")));
        Page.fact(dl, "Roles", joinArray(n.path("roles")));
        Page.fact(dl, "Knowledge-base id", n.path("actor").asText(null));
        Page.fact(dl, "Articles", n.path("articles").asText());
        Element links = main.appendElement("p");
        links.appendElement("a").attr("href", "/?actor=" + Links.segment(name)).text("Articles naming " + name);
        links.appendText(" · ");
        links.appendElement("a").attr("href", "/events?actor=" + Links.segment(n.path("id").asText()))
                .text("Events with " + name);

        Element layout = main.appendElement("div").addClass("two");
        Element tl = layout.appendElement("section").attr("aria-labelledby", "timeline-h").addClass("timeline");
        tl.appendElement("h2").attr("id", "timeline-h").text("Timeline");
        ArrayNode rows = (ArrayNode) n.path("timeline");
        if (rows.isEmpty()) {
            tl.appendElement("p").addClass("muted").text("No events or quotes of this actor yet.");
        }
        Element ol = tl.appendElement("ol").addClass("timeline");
        for (JsonNode r : rows) {
            Element li = ol.appendElement("li").addClass("tl-" + r.path("kind").asText());
            li.appendElement("time").text(r.path("date").isNull() ? "undated" : r.path("date").asText());
            Element what = li.appendElement("span").addClass("what");
            String article = r.path("article").asText();
            if (r.path("kind").asText().equals("event")) {
                String label = r.path("category").asText("") + (r.hasNonNull("mode") ? " · " + r.path("mode").asText() : "")
                        + (r.path("role").asText("").equals("recipient") ? " (as recipient)" : "");
                String href = Links.isLocalId(r.path("event").asText()) ? Links.articleEvent(article, r.path("event").asText())
                        : Links.article(article);
                what.appendElement("a").attr("href", href).addClass("event-link").text(label);
                if (r.hasNonNull("place")) {
                    what.appendText(" in " + r.path("place").asText());
                }
            } else {
                what.appendElement("a").attr("href", Links.article(article)).text("quote (" + r.path("mode").asText("") + ")");
            }
            li.appendElement("blockquote").text(r.path("text").asText(""));
            li.appendElement("p").addClass("muted").text(title(r.path("title").isNull() ? null : r.path("title").asText()));
        }

        Element net = layout.appendElement("section").attr("aria-labelledby", "network-h").addClass("network");
        net.appendElement("h2").attr("id", "network-h").text("Interactions");
        network(net, name, (ArrayNode) n.path("network"));
        return page.html();
    }

    /** A small radial SVG: the actor in the middle, those it shares events with around it, edges by count. */
    private static void network(Element parent, String centre, ArrayNode others) {
        if (others.isEmpty()) {
            parent.appendElement("p").addClass("muted").text("No interactions with other actors yet.");
            return;
        }
        int size = 320;
        double c = size / 2.0;
        double radius = 115;
        long max = 1;
        for (JsonNode o : others) {
            max = Math.max(max, o.path("events").asLong());
        }
        Element svg = parent.appendElement("svg").attr("viewBox", "0 0 " + size + " " + size).attr("role", "img")
                .attr("aria-label", "Actors that share events with " + centre).addClass("graph");
        Element edges = svg.appendElement("g").addClass("edges");
        Element nodes = svg.appendElement("g").addClass("nodes");
        for (int i = 0; i < others.size(); i++) {
            JsonNode o = others.get(i);
            // Start on the left and go round, so two neighbours sit either side rather than on one line with the centre.
            double angle = Math.PI * (1 + 2.0 * i / others.size()) + 0.3;
            double x = c + radius * Math.cos(angle);
            double y = c + radius * Math.sin(angle);
            edges.appendElement("line").attr("x1", fmt(c)).attr("y1", fmt(c)).attr("x2", fmt(x)).attr("y2", fmt(y))
                    .attr("stroke-width", fmt(1 + 5.0 * o.path("events").asLong() / max));
            Element a = nodes.appendElement("a").attr("href", Links.isEntityId(o.path("id").asText())
                    ? Links.entity(o.path("id").asText()) : "#");
            a.appendElement("title").text(o.path("name").asText() + ": " + o.path("events").asLong() + " shared events");
            a.appendElement("circle").attr("cx", fmt(x)).attr("cy", fmt(y)).attr("r", "7");
            a.appendElement("text").attr("x", fmt(x)).attr("y", fmt(y + (y >= c ? 20 : -12)))
                    .attr("text-anchor", "middle").text(shorten(o.path("name").asText(), 22));
        }
        nodes.appendElement("circle").attr("cx", fmt(c)).attr("cy", fmt(c)).attr("r", "11").addClass("centre");
        nodes.appendElement("text").attr("x", fmt(c)).attr("y", fmt(c + 26)).attr("text-anchor", "middle")
                .addClass("centre").text(shorten(centre, 26));
        Element ul = parent.appendElement("ul").addClass("facet");
        for (JsonNode o : others) {
            Element li = ul.appendElement("li");
            if (Links.isEntityId(o.path("id").asText())) {
                li.appendElement("a").attr("href", Links.entity(o.path("id").asText())).text(o.path("name").asText());
            } else {
                li.appendElement("span").text(o.path("name").asText());
            }
            li.appendElement("span").addClass("n").text(o.path("events").asText());
        }
    }

    /** The actors whose names contain the query, most written about first. */
    static String entities(String q, ArrayNode rows) {
        Page page = new Page(q == null ? "Actors" : "Actors: " + q, "Actors");
        Element main = page.main().addClass("actors");
        main.appendElement("h1").text("Actors");
        Element form = main.appendElement("form").attr("method", "get").attr("action", "/entities")
                .attr("role", "search").addClass("filters");
        input(form, "q", "Name", "search", q, "part of a name");
        form.appendElement("button").attr("type", "submit").text("Find");
        if (rows.isEmpty()) {
            main.appendElement("p").addClass("muted").text(q == null ? "The archive names no actors yet."
                    : "No actor's name contains this.");
            return page.html();
        }
        Element wrap = main.appendElement("div").addClass("table-wrap");
        Element table = wrap.appendElement("table").addClass("events-table");
        table.appendElement("caption").text("Actors, most written about first");
        Element tr = table.appendElement("thead").appendElement("tr");
        for (String h : List.of("Name", "Type", "Country", "Articles")) {
            tr.appendElement("th").attr("scope", "col").text(h);
        }
        Element tbody = table.appendElement("tbody");
        for (JsonNode r : rows) {
            Element row = tbody.appendElement("tr");
            String id = r.path("id").asText();
            String type = r.path("type").asText("MISC");
            Element name = row.appendElement("td");
            if (Links.isEntityId(id)) {
                name.appendElement("a").attr("href", Links.entity(id)).addClass("ent")
                        .addClass("ent-" + type.toLowerCase(Locale.ROOT)).text(r.path("name").asText());
            } else {
                name.text(r.path("name").asText());
            }
            row.appendElement("td").text(type);
            row.appendElement("td").text(r.path("country").asText(""));
            row.appendElement("td").text(r.path("articles").asText());
        }
        return page.html();
    }

    /** The events table with its filters and a CSV download of the same rows. */
    static String events(ArchiveViews.EventFilter f, String rawActor, String rawRecipient, ArrayNode rows) {
        Page page = new Page("Events", "Events");
        Element main = page.main().addClass("events-page");
        main.appendElement("h1").text("Events");
        Element form = main.appendElement("form").attr("method", "get").attr("action", "/events").addClass("filters");
        input(form, "actor", "Actor", "text", rawActor, "a name");
        input(form, "recipient", "Recipient", "text", rawRecipient, "a name");
        categorySelect(form, f.category());
        input(form, "from", "From", "text", f.from() == null ? null : f.from().toString(), "YYYY-MM-DD");
        input(form, "to", "To", "text", f.to() == null ? null : f.to().toString(), "YYYY-MM-DD");
        form.appendElement("button").attr("type", "submit").text("Filter");
        StringBuilder q = new StringBuilder("/api/events?format=csv&");
        param(q, "actor", rawActor);
        param(q, "recipient", rawRecipient);
        param(q, "category", f.category());
        param(q, "from", f.from() == null ? null : f.from().toString());
        param(q, "to", f.to() == null ? null : f.to().toString());
        Element p = main.appendElement("p");
        p.appendText(rows.size() + " event" + (rows.size() == 1 ? "" : "s") + ". ");
        p.appendElement("a").attr("href", q.substring(0, q.length() - 1)).attr("download", "annals-events.csv")
                .addClass("csv").text("Download CSV");
        Element wrap = main.appendElement("div").addClass("table-wrap");
        Element table = wrap.appendElement("table").addClass("events-table");
        table.appendElement("caption").text("Coded events, by date");
        Element tr = table.appendElement("thead").appendElement("tr");
        for (String h : List.of("Date", "Category", "Actors", "Recipients", "Place", "Evidence")) {
            tr.appendElement("th").attr("scope", "col").text(h);
        }
        Element tbody = table.appendElement("tbody");
        for (JsonNode r : rows) {
            Element row = tbody.appendElement("tr");
            row.appendElement("td").text(r.path("date").asText(""));
            String cat = r.path("category").asText("") + (r.hasNonNull("mode") ? " · " + r.path("mode").asText() : "")
                    + (r.hasNonNull("cameo") ? " (" + r.path("cameo").asText() + ")" : "");
            String article = r.path("article").asText();
            String event = r.path("event").asText();
            row.appendElement("td").appendElement("a").attr("href", Links.isLocalId(event)
                    ? Links.articleEvent(article, event) : Links.article(article)).text(cat);
            actorCell(row.appendElement("td"), r.path("actors"));
            actorCell(row.appendElement("td"), r.path("recipients"));
            row.appendElement("td").text(r.path("place").asText(""));
            row.appendElement("td").addClass("evidence-cell").text(r.path("evidence").asText(""));
        }
        return page.html();
    }

    private static void actorCell(Element td, JsonNode list) {
        boolean first = true;
        for (JsonNode a : list) {
            if (!first) {
                td.appendText(", ");
            }
            first = false;
            String id = a.path("id").asText();
            if (Links.isEntityId(id)) {
                td.appendElement("a").attr("href", Links.entity(id)).text(a.path("name").asText());
            } else {
                td.appendText(a.path("name").asText());
            }
        }
    }

    /** A story: its articles, shared actors and events. */
    static String story(ObjectNode n) {
        Page page = new Page("Story", "");
        Element main = page.main().addClass("story");
        JsonNode articles = n.path("articles");
        main.appendElement("h1").text("Story: " + title(articles.get(0).path("title").isNull() ? null
                : articles.get(0).path("title").asText()));
        main.appendElement("p").text(articles.size() + " articles");
        Element ol = main.appendElement("ol").addClass("hits");
        for (JsonNode a : articles) {
            Element li = ol.appendElement("li").addClass("hit");
            li.appendElement("h2").appendElement("a").attr("href", Links.article(a.path("id").asText()))
                    .text(title(a.path("title").isNull() ? null : a.path("title").asText()));
            li.appendElement("p").addClass("meta").text(join(" · ", a.path("published").asText(null),
                    a.path("outlet").asText(null), a.hasNonNull("duplicate_of") ? "near-duplicate" : null));
        }
        Element sec = main.appendElement("section");
        sec.appendElement("h2").text("Actors");
        Element ul = sec.appendElement("ul").addClass("facet");
        for (JsonNode a : n.path("actors")) {
            Element li = ul.appendElement("li");
            if (Links.isEntityId(a.path("id").asText())) {
                li.appendElement("a").attr("href", Links.entity(a.path("id").asText()))
                        .addClass("ent").addClass("ent-" + a.path("type").asText("misc").toLowerCase(Locale.ROOT))
                        .text(a.path("name").asText());
            }
            li.appendElement("span").addClass("n").text(a.path("n").asText());
        }
        Element ev = main.appendElement("section");
        ev.appendElement("h2").text("Events");
        Element evl = ev.appendElement("ul");
        for (JsonNode r : n.path("events")) {
            Element li = evl.appendElement("li");
            li.appendElement("time").text(r.path("date").asText("undated"));
            li.appendText(" ");
            String article = r.path("article").asText();
            String event = r.path("event").asText();
            li.appendElement("a").attr("href", Links.isLocalId(event) ? Links.articleEvent(article, event)
                    : Links.article(article)).text(r.path("category").asText("") + (r.hasNonNull("mode")
                    ? " · " + r.path("mode").asText() : ""));
            li.appendText(": " + r.path("evidence").asText(""));
        }
        return page.html();
    }

    /** An error page. */
    static String error(int status, String message) {
        Page page = new Page("Error " + status, "");
        page.main().appendElement("h1").text(status == 404 ? "Not found" : "Error " + status);
        page.main().appendElement("p").text(message);
        page.main().appendElement("p").appendElement("a").attr("href", "/").text("Back to search");
        return page.html();
    }

    static String title(String t) {
        return t == null || t.isBlank() ? "(no title)" : t;
    }

    private static String shortSource(String source) {
        return source.length() > 120 ? source.substring(0, 120) + "…" : source;
    }

    private static String joinArray(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(v -> out.add(v.asText()));
        return out.isEmpty() ? null : String.join(", ", out);
    }

    private static String join(String sep, String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                out.add(p);
            }
        }
        return out.isEmpty() ? null : String.join(sep, out);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String shorten(String s, int max) {
        return s.length() > max ? s.substring(0, max - 1) + "…" : s;
    }
}
