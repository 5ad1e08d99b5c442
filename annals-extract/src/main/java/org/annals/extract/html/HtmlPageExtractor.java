package org.annals.extract.html;

import org.annals.extract.ExtractedPage;
import org.annals.extract.PageExtractor;
import org.annals.model.RelatedArticle;
import org.annals.model.RemovalReason;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Extracts the article from an HTML page: metadata from meta tags and JSON-LD, then the main text
 * by removing page chrome, scoring containers of prose and keeping the best with its body-text
 * siblings. Thread-safe; bounded in time and memory on hostile input.
 */
public final class HtmlPageExtractor implements PageExtractor {
    /** Pages are cut here: no article needs more, and parsing stays bounded. */
    static final int MAX_PAGE_CHARS = 16 * 1024 * 1024;
    private static final int MIN_DEDUP_CHARS = 200;

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
        List<Element> teasers = new ArrayList<>();
        PageCleaner.clean(body, log, teasers);
        NodeStats stats = NodeStats.measure(body);
        List<Element> content = ContentSelector.select(body, stats);
        String text = assemble(BlockWriter.write(content), meta.title(), log);
        text = meta.checkBody(text);
        List<RelatedArticle> related = TeaserReader.read(teasers);
        return new ExtractedPage(meta.title(), meta.published(), meta.publishedText(), meta.authors(),
                meta.publisher(), null, meta.section(), meta.tags(), meta.language(), text, related,
                log.removals());
    }

    /** Joins paragraphs, dropping link lists, the repeated headline and repeated paragraphs. */
    private static String assemble(List<BlockWriter.Block> blocks, String title, RemovalLog log) {
        Set<String> seen = new HashSet<>();
        String titleKey = title == null ? null : key(title);
        StringBuilder out = new StringBuilder();
        String last = null;
        for (BlockWriter.Block b : blocks) {
            String k = key(b.text());
            if (b.linkDensity() > 0.5 && (b.text().length() < 200 || b.linkDensity() > 0.8)) {
                log.add(RemovalReason.NAVIGATION, b.text());
                continue;
            }
            if (k.equals(titleKey)) {
                log.add(RemovalReason.DUPLICATE, b.text());
                continue;
            }
            // Short lines recur legitimately (a recipe's "Ingredients"); a long paragraph seen twice is a template echo.
            if (k.equals(last) || k.length() >= MIN_DEDUP_CHARS && !seen.add(k)) {
                log.add(RemovalReason.DUPLICATE, b.text());
                continue;
            }
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(b.text());
            last = k;
        }
        return out.toString();
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\s]+", " ").strip();
    }
}
