package org.annals.model;

/**
 * A piece of the page left out of the article text, and why.
 *
 * @param reason why it was removed
 * @param text   the removed text
 */
public record Removal(RemovalReason reason, String text) {
}
