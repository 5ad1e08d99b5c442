package org.annals.source;

/** What a document's payload holds, whatever container it came in. */
public enum PayloadKind {
    /** An HTML page or fragment. */
    HTML,
    /** A plain-text page as scraped: navigation, metadata and teasers still in it. */
    TEXT,
    /** A body that is already clean (JSON Lines {@code "text"}): taken as it is. */
    CLEAN_TEXT
}
