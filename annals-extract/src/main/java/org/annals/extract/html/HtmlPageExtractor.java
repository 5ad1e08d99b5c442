package org.annals.extract.html;

import org.annals.extract.ExtractedPage;
import org.annals.extract.PageExtractor;
import org.annals.extract.meta.Byline;
import org.annals.extract.meta.LineMetadata;
import org.annals.extract.meta.ParsedTime;
import org.annals.model.RelatedArticle;
import org.annals.model.RemovalReason;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Extracts the article from an HTML page: metadata from meta tags and JSON-LD, then the main text
 * by removing page chrome, scoring containers of prose and keeping the best with its body-text
 * siblings. Thread-safe; bounded in time and memory on hostile input.
 */
public final class HtmlPageExtractor implements PageExtractor {
    /** Pages are cut here: no article needs more, and parsing stays bounded. */
    static final int MAX_PAGE_CHARS = 16 * 1024 * 1024;
    private static final int MIN_HEADLINE = 10;
    private static final int MAX_HEADLINES = 20;

    @Override
    public ExtractedPage extract(String page, String baseUri) {
        RemovalLog log = new RemovalLog();
        String html = page == null ? "" : page;
        if (html.length() > MAX_PAGE_CHARS) {
            html = html.substring(0, MAX_PAGE_CHARS);
            log.add(RemovalReason.TRUNCATED, "page cut at " + MAX_PAGE_CHARS + " characters");
        }
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        PageMetadata meta = PageMetadata.read(doc);
        Element body = doc.body();
        Element headline = headline(body, meta.title());
        Element headlineArticle = headline == null ? null : headline.closest("article");
        List<Element> teasers = new ArrayList<>();
        PageCleaner.clean(body, log, teasers);
        NodeStats stats = NodeStats.measure(body);
        List<Element> content = ContentSelector.select(body, stats, headlineArticle);
        if (content.isEmpty()) {
            // No paragraph reads as prose: what little text survived cleaning is the page's text.
            content = List.of(body);
        }
        BodyAssembler.Body assembled = BodyAssembler.assemble(BlockWriter.write(content), meta.title(), log);
        String text = meta.checkBody(assembled.text());
        List<RelatedArticle> related = TeaserReader.read(teasers);
        // The page's markup wins; a metadata line printed beside the body fills what the markup left out.
        LineMetadata printed = assembled.facts();
        ParsedTime printedTime = printed.published();
        Byline byline = printed.byline();
        // ...and a printed time refines the markup's when it names the same day more precisely.
        boolean usePrinted = printedTime != null && (meta.published() == null
                || printedTime.iso().startsWith(meta.published()) && printedTime.iso().length() > meta.published().length());
        return new ExtractedPage(meta.title(),
                usePrinted ? printedTime.iso() : meta.published(),
                usePrinted ? printedTime.text() : meta.publishedText(),
                !meta.authors().isEmpty() || byline == null ? meta.authors() : byline.authors(),
                meta.publisher() != null || byline == null ? meta.publisher() : byline.publisher(),
                null, meta.section() != null ? meta.section() : printed.section(), meta.tags(), meta.language(),
                text, related, log.removals());
    }

    /** The h1 that prints the page's title, or null: pages also print teaser headlines in h1s. */
    private static Element headline(Element body, String title) {
        if (title == null || lettersOnly(title).length() < MIN_HEADLINE) {
            return null;
        }
        String t = lettersOnly(title);
        int seen = 0;
        for (Element h1 : body.getElementsByTag("h1")) {
            String h = lettersOnly(Texts.bounded(h1, 2 * title.length() + 10));
            if (h.length() >= MIN_HEADLINE && (h.contains(t) || t.contains(h))) {
                return h1;
            }
            if (++seen >= MAX_HEADLINES) {
                break;
            }
        }
        return null;
    }

    /** Letters and digits only, lower-cased: "Ama..." and "Ama…" are the same headline. */
    private static String lettersOnly(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(b::appendCodePoint);
        return b.toString();
    }
}
