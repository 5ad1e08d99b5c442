package org.annals.model;

/**
 * Where an article came from.
 *
 * @param uri     the file path, URL, WARC target URI, or {@code FILE#LINE} for JSON Lines
 * @param format  the input format the article was read from
 * @param fetched when the page was fetched (ISO-8601), or null when the input does not say
 */
public record Source(String uri, SourceFormat format, String fetched) {
}
