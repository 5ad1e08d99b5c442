package org.annals.resolve.eval;

/**
 * One place where the system and the gold disagree, for reading what to fix.
 *
 * @param article the article's id
 * @param kind    what kind of disagreement
 * @param detail  the mentions or entities concerned, with their text and offsets
 */
public record Mismatch(String article, Kind kind, String detail) {
    /** The kinds of disagreement, from mention finding to clustering to linking. */
    public enum Kind {
        /** A gold mention the system did not find at all. */
        MISSED,
        /** A system mention that overlaps no gold mention. */
        SPURIOUS,
        /** A gold mention found with other boundaries. */
        BOUNDARY,
        /** A gold mention found with the right span and the wrong type. */
        TYPE,
        /** One gold entity spread over several system entities. */
        SPLIT,
        /** Several gold entities joined in one system entity. */
        MERGED,
        /** A gold entity found with another country, or none. */
        COUNTRY
    }

    @Override
    public String toString() {
        return article + "  " + kind + "  " + detail;
    }
}
