package org.annals.extract.meta;

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
public record LineMetadata(ParsedTime published, ParsedTime updated, String section, Byline byline, List<String> tags) {
    public LineMetadata {
        tags = List.copyOf(tags);
    }

    /** A line that is metadata but states nothing the article records, e.g. "Editor: Li Ming". */
    public static final LineMetadata NOTHING = new LineMetadata(null, null, null, null, List.of());

    /** The facts of both lines; this line's win where both state one. */
    public LineMetadata merge(LineMetadata other) {
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
        return new LineMetadata(published != null ? published : other.published, updated != null ? updated : other.updated,
                section != null ? section : other.section, mergedByline, allTags);
    }
}
