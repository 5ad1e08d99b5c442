package org.annals.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Where an event happened.
 *
 * @param name    the place as the text names it
 * @param country ISO 3166 alpha-3 code, or null
 * @param lat     latitude in degrees, or null when the place is not in the gazetteer
 * @param lon     longitude in degrees, or null with it
 */
@JsonPropertyOrder({"name", "country", "lat", "lon"})
public record Place(String name, String country, Double lat, Double lon) {
}
