/**
 * Time expressions of English text, put on the calendar against the page: {@link
 * org.annals.annotate.time.TimeTagger} finds them and normalises each against a {@link
 * org.annals.annotate.time.TimeAnchor} (the dateline's date when it agrees in year with the publication time,
 * else the publication time); {@link org.annals.annotate.time.TimeEvaluation} scores it on a gold file.
 *
 * <p>The tagger is a chain of small stages over one token list, in the manner of an analysis chain:
 * tokenizer, sentence split, parsers for dates, quarters, relative expressions and clock times, qualifiers,
 * then a resolver. Each parser looks a few tokens ahead, and the one pattern used only ever sees a token of
 * at most ten characters, so the work is linear in the text and no input can make it backtrack.
 */
package org.annals.annotate.time;
