package org.annals.extract.meta;

import org.annals.model.Dateline;

/**
 * A dateline read from the start of a paragraph.
 *
 * @param dateline  place, date and agency as far as printed
 * @param endOffset offset in the paragraph just after the dateline and its dash, where the story begins
 */
public record DatelineMatch(Dateline dateline, int endOffset) {
}
