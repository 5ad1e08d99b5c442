package org.annals.extract.text;

import org.annals.model.RemovalReason;

/** The part a line plays on its page, decided from its verdict and its neighbours. */
public enum LineRole {
    TITLE(null),
    /** The standfirst under the title; kept as the first paragraph of the text. */
    STANDFIRST(null),
    /** A subheading inside the body; kept in the text as its own paragraph. */
    HEADING(null),
    BODY(null),
    METADATA(RemovalReason.METADATA),
    NAVIGATION(RemovalReason.NAVIGATION),
    FOOTER(RemovalReason.FOOTER),
    CAPTION(RemovalReason.CAPTION),
    TEASER(RemovalReason.TEASER),
    DUPLICATE(RemovalReason.DUPLICATE),
    /** Reader comments after the article. */
    COMMENTS(RemovalReason.COMMENTS),
    /** Prose outside the article: cookie notices, author boxes, comments. */
    BOILERPLATE(RemovalReason.BOILERPLATE),
    GARBAGE(RemovalReason.GARBAGE);

    private final RemovalReason removal;

    LineRole(RemovalReason removal) {
        this.removal = removal;
    }

    /** Why a line in this role is left out of the text, or null when it is kept (or is the title). */
    public RemovalReason removal() {
        return removal;
    }

    /** Whether lines in this role make up the article text. */
    public boolean inText() {
        return this == STANDFIRST || this == HEADING || this == BODY;
    }
}
