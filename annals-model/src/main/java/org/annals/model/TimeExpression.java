package org.annals.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A date or time expression of the text, put on the calendar as the page meant it.
 *
 * @param span      where it is in the text
 * @param text      the expression as printed
 * @param value     ISO-8601 value as precise as the expression ("2024", "2024-05", "2024-W20", "2024-05-16",
 *                  "2024-05-16T19:30"), or null when it could not be placed
 * @param precision how precise {@code value} is, or null with it
 * @param anchor    what a relative expression was resolved against: {@code published}, {@code dateline},
 *                  or {@code none} for an absolute expression
 */
@JsonPropertyOrder({"span", "text", "value", "precision", "anchor"})
public record TimeExpression(Span span, String text, String value, TimePrecision precision, String anchor) {
}
