package org.annals.resolve.kb;

/**
 * One title of the role lexicon.
 *
 * @param phrase     the title as written ("Minister of Foreign Affairs")
 * @param role       the normalised role ("Foreign Minister")
 * @param sector     PLOVER/CAMEO sector code of people who hold it
 * @param officeKind the tracked office it names, or null when it names none
 */
public record RoleEntry(String phrase, String role, String sector, OfficeKind officeKind) {
}
