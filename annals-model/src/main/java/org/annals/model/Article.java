package org.annals.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * One article as extracted from a page: the extraction fields of the JSON contract
 * (see DESIGN.md). Absent facts are null or empty lists, never invented.
 *
 * @param id            hex SHA-256 of the source bytes, plus {@code #n} when one input holds several articles
 * @param source        where it came from
 * @param title         the headline, or null
 * @param published     ISO-8601 publication time as precise as the page states, or null
 * @param publishedText the publication time as printed on the page, or null
 * @param authors       bylines
 * @param publisher     outlet or agency when stated, or null
 * @param dateline      the opening dateline, or null
 * @param section       the site section, or null
 * @param tags          topic tags printed with the article
 * @param language      ISO 639-1 code of the body's language, or null when unknown
 * @param text          clean body; paragraphs separated by a blank line
 * @param related       teasers for other articles found on the page
 * @param removed       everything left out of {@code text}, with the reason
 */
@JsonPropertyOrder({"id", "source", "title", "published", "publishedText", "authors", "publisher", "dateline",
        "section", "tags", "language", "text", "related", "removed"})
public record Article(String id, Source source, String title, String published, String publishedText,
                      List<String> authors, String publisher, Dateline dateline, String section,
                      List<String> tags, String language, String text, List<RelatedArticle> related,
                      List<Removal> removed) {
    public Article {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        related = List.copyOf(related);
        removed = List.copyOf(removed);
        text = text == null ? "" : text;
    }

    /** This article with another id; used when one input yields several articles. */
    public Article withId(String newId) {
        return new Article(newId, source, title, published, publishedText, authors, publisher, dateline, section,
                tags, language, text, related, removed);
    }

    /** This article with another source description. */
    public Article withSource(Source newSource) {
        return new Article(id, newSource, title, published, publishedText, authors, publisher, dateline, section,
                tags, language, text, related, removed);
    }

    /** This article with its language set. */
    public Article withLanguage(String newLanguage) {
        return new Article(id, source, title, published, publishedText, authors, publisher, dateline, section,
                tags, newLanguage, text, related, removed);
    }
}
