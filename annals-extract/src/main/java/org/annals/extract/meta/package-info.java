/**
 * Parsers for the facts printed around an article, shared by the text and HTML extractors:
 * {@link org.annals.extract.meta.PublicationTime} (times in the shapes pages print them),
 * {@link org.annals.extract.meta.DatelineParser} (the dateline opening a wire story) and
 * {@link org.annals.extract.meta.BylineParser} (bylines and credit lines). Each is a final class of static,
 * pure, thread-safe methods returning an {@link java.util.Optional}.
 */
package org.annals.extract.meta;
