package org.annals.resolve.kb;

/**
 * One name the knowledge base knows, for dictionary matching in text.
 *
 * @param name      the name as written in the data
 * @param kind      what it stands for
 * @param target    alpha-3 code (country, demonym, metonym), actor id (organisation, person) or normalised role
 * @param exactCase whether a matcher should require the written case: names without lower-case letters
 *                  ("US", "WHO") are otherwise ordinary words
 */
public record NameEntry(String name, NameKind kind, String target, boolean exactCase) {
}
