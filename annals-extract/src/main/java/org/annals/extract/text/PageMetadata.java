package org.annals.extract.text;

import org.annals.extract.meta.Byline;
import org.annals.extract.meta.ParsedTime;

import java.util.ArrayList;
import java.util.List;

/**
 * The facts one metadata line states; every field may be absent.
 *
 * @param published a publication time, or null
 * @param updated   a time labelled as an update, or null
 * @param section   the site section printed beside the time ("SPORTS · 03/07/2023"), or null
 * @param byline    authors and publisher, or null
 * @param tags      topic tags from a "Tags:" line
 */
public record PageMetadata(ParsedTime published, ParsedTime updated, String section, Byline byline, List<String> tags) {
    public PageMetadata {
        tags = List.copyOf(tags);
    }

    /** A line that is metadata but states nothing the article records, e.g. "Editor: Li Ming". */
    static final PageMetadata NOTHING = new PageMetadata(null, null, null, null, List.of());

    /** The facts of both lines; this line's win where both state one. */
    PageMetadata merge(PageMetadata other) {
        List<String> allTags = new ArrayList<>(tags);
        allTags.addAll(other.tags);
        Byline mergedByline = byline;
        if (byline == null) {
            mergedByline = other.byline;
        } else if (other.byline != null) {
            List<String> authors = new ArrayList<>(byline.authors());
            authors.addAll(other.byline.authors());
            mergedByline = new Byline(authors, byline.publisher() != null ? byline.publisher() : other.byline.publisher());
        }
        return new PageMetadata(published != null ? published : other.published, updated != null ? updated : other.updated,
                section != null ? section : other.section, mergedByline, allTags);
    }
}
