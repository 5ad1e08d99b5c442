package org.annals.resolve.place;

import org.annals.model.Place;

import java.util.Locale;
import java.util.Objects;

/**
 * One place of the gazetteer.
 *
 * @param name       the place's name in the gazetteer (GeoNames' spelling for cities and regions)
 * @param country    ISO 3166-1 alpha-3 code of the country it lies in
 * @param admin1     name of its first-level division ("Inner Mongolia", "Texas"), or "" when unknown or a country
 * @param lat        latitude in degrees
 * @param lon        longitude in degrees
 * @param population inhabitants as the source states them; 0 when unknown (regions, landmarks)
 * @param kind       what sort of place it is
 */
public record GazetteerEntry(String name, String country, String admin1, double lat, double lon, long population,
                             Kind kind) {

    /** What sort of place an entry is. */
    public enum Kind {
        /** A sovereign state or dependent territory. */
        COUNTRY,
        /** A first-level division: state, province, oblast, region. */
        REGION,
        /** A division below the first level, such as a Chinese county or banner; its point is its seat's. */
        DISTRICT,
        /** A populated place. */
        CITY,
        /** A building, compound or site that news names as a place: seats of government, launch centres. */
        LANDMARK;

        /** The kind named in the gazetteer files ("city", "region", …). */
        static Kind parse(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    /** Checks that every field is present and the point is on the globe. */
    public GazetteerEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(admin1, "admin1");
        Objects.requireNonNull(kind, "kind");
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("not a point on the globe: " + lat + ", " + lon);
        }
    }

    /** This entry as the place of an event, under the name the text used. */
    public Place toPlace(String mentionedName) {
        return new Place(mentionedName, country, lat, lon);
    }
}
