package org.annals.model;

/**
 * The dateline that opens a wire story, e.g. "Beijing, June 25 (Xinhua) --".
 *
 * @param place  the place as printed, or null
 * @param date   ISO-8601 date, as precise as known (may be {@code --MM-DD} when no year is known), or null
 * @param agency the agency named in the dateline, or null
 */
public record Dateline(String place, String date, String agency) {
}
