package org.annals.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why a piece of the page was left out of the article text. */
public enum RemovalReason {
    NAVIGATION, FOOTER, DUPLICATE, GARBAGE, TEASER, CAPTION, METADATA,
    /** Page chrome with no finer label: ads, share bars, cookie notices, sidebars. */
    BOILERPLATE,
    /** Reader comments. */
    COMMENTS,
    /** The page could not be read fully, e.g. it was cut at the size limit. */
    TRUNCATED,
    /** Not a removal but its absence: the page held no article text at all. */
    EMPTY;

    @JsonValue
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
