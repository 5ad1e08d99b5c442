package org.annals.extract.meta;

import java.util.List;

/**
 * Who wrote or supplied a story, as read from a byline or credit line.
 *
 * @param authors   the people named, in printed order; may be empty
 * @param publisher the outlet or agency named ("Source: Xinhua", "By Jane Doe, Reuters"), or null
 */
public record Byline(List<String> authors, String publisher) {
    public Byline {
        authors = List.copyOf(authors);
    }
}
