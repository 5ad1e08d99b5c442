package org.annals.extract.meta;

/**
 * A time read from a page.
 *
 * @param iso       ISO-8601, as precise as printed: {@code 2024-06-25T11:30}, {@code 2024-06-25},
 *                  {@code --11-26T10:02} when the year is not printed, {@code +08:00} or {@code Z} when an
 *                  offset is printed
 * @param precision the finest unit printed
 * @param text      the time as printed on the page
 */
public record ParsedTime(String iso, TimePrecision precision, String text) {
}
