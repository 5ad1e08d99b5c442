package org.annals.extract;

/** Turns one decoded page into an article; one implementation per kind of page. */
public interface PageExtractor {
    /**
     * Extracts the article from a page.
     *
     * @param page    the decoded page text (HTML source or plain text)
     * @param baseUri the page's URI, for resolving links; may be null
     * @return the article; its text is empty when the page holds none
     */
    ExtractedPage extract(String page, String baseUri);
}
