package org.annals.code;

import org.annals.model.Entity;
import org.annals.model.Place;

/**
 * Puts a place named in an event's sentence on the map; the gazetteer
 * ({@code org.annals.resolve.place.Gazetteer}) plugs in here.
 */
@FunctionalInterface
public interface PlaceResolver {
    /** The place the LOCATION entity names, as read in this article, or null when it cannot be placed. */
    Place resolve(Entity location, AnalyzedInput article);

    /** A resolver without a gazetteer: the place keeps its name and the entity's country, without coordinates. */
    static PlaceResolver byName() {
        return (location, article) -> new Place(location.name(), location.country(), null, null);
    }
}
