/**
 * Extraction from scraped plain-text pages, as a chain of small stages:
 * {@link org.annals.extract.text.LineSplitter} (lines, hard wraps undone),
 * {@link org.annals.extract.text.LineClassifier} (a {@link org.annals.extract.text.LineVerdict} per line from its
 * own features, with the rule that decided), {@link org.annals.extract.text.PageLayout} (a
 * {@link org.annals.extract.text.LineRole} per line from its neighbours: title, body, teasers, chrome), and
 * {@link org.annals.extract.text.TextPageExtractor}, which assembles the article.
 */
package org.annals.extract.text;
