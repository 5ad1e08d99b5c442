package org.annals.resolve.place;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What an article says about where it is set, used to choose among places of the same name.
 *
 * @param focusCountries ISO 3166-1 alpha-3 codes of the countries the article is about, most frequent first
 * @param datelinePlace  the place named in the article's dateline ("Beijing"), or null when there is none
 */
public record PlaceContext(List<String> focusCountries, String datelinePlace) {

    private static final PlaceContext NONE = new PlaceContext(List.of(), null);

    /** Copies the list and upper-cases the codes so that "chn" and "CHN" mean the same. */
    public PlaceContext {
        focusCountries = focusCountries.stream()
                .map(code -> Objects.requireNonNull(code, "country code").toUpperCase(Locale.ROOT))
                .distinct()
                .toList();
    }

    /** No focus and no dateline: ambiguous names go to the most populous place. */
    public static PlaceContext none() {
        return NONE;
    }

    /** A context of focus countries only, most frequent first; see {@link #PlaceContext(List, String)}. */
    public static PlaceContext focus(String... alpha3) {
        return new PlaceContext(List.of(alpha3), null);
    }

    /** The same focus with the given dateline place, or null for none. */
    public PlaceContext withDateline(String place) {
        return new PlaceContext(focusCountries, place);
    }
}
