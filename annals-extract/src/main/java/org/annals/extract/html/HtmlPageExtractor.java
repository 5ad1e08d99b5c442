package org.annals.extract.html;

import org.annals.extract.ExtractedPage;
import org.annals.extract.PageExtractor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Extracts the article from an HTML page. */
public final class HtmlPageExtractor implements PageExtractor {
    @Override
    public ExtractedPage extract(String page, String baseUri) {
        Document doc = Jsoup.parse(page, baseUri == null ? "" : baseUri);
        return ExtractedPage.ofText(doc.body() == null ? "" : doc.body().text());
    }
}
