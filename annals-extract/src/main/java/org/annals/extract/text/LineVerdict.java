package org.annals.extract.text;

/** What a line looks like on its own, before its place on the page is weighed. */
public enum LineVerdict {
    /** Prose: a sentence or a long run of words. */
    BODY,
    /** A short line without a final full stop: a title, subtitle, section heading or teaser headline. */
    HEADLINE,
    /** A time, byline, credit, section or tag line. */
    METADATA,
    /** Skip links, menus, breadcrumbs, share buttons. */
    NAVIGATION,
    /** Copyright and legal lines. */
    FOOTER,
    /** A photo caption or credit. */
    CAPTION,
    /** The label of a list of other articles: "Latest News", "Related", "Most read". */
    LIST_LABEL,
    /** The heading of reader comments: "34 Comments", "Leave a reply", "Kommentare". */
    COMMENTS_LABEL,
    /** A bullet or number alone on its line, as lists of other articles print. */
    LIST_MARKER,
    /** A labelled link to another article: "Read more: …". */
    TEASER_LINK,
    /** Encoding garbage. */
    GARBAGE
}
