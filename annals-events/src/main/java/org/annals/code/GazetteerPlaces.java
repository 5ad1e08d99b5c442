package org.annals.code;

import org.annals.model.Entity;
import org.annals.model.Place;
import org.annals.resolve.place.Gazetteer;
import org.annals.resolve.place.PlaceContext;

import java.util.Comparator;
import java.util.List;

/**
 * Places events with the bundled gazetteer: a shared name ("Paris") goes to the country the article
 * speaks of most, then to the dateline's place; a place the gazetteer lacks keeps its name and the
 * country the resolver gave it, without coordinates.
 */
public final class GazetteerPlaces implements PlaceResolver {
    private final Gazetteer gazetteer;

    public GazetteerPlaces(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Place resolve(Entity location, AnalyzedInput article) {
        List<String> focus = article.entities().stream()
                .filter(e -> e.country() != null)
                .sorted(Comparator.comparingInt((Entity e) -> -e.mentions().size()))
                .map(Entity::country).distinct().toList();
        String datelinePlace = article.dateline() == null ? null : article.dateline().place();
        return gazetteer.resolve(location.name(), new PlaceContext(focus, datelinePlace))
                .map(entry -> entry.toPlace(location.name()))
                .orElseGet(() -> new Place(location.name(), location.country(), null, null));
    }
}
