package org.annals.resolve.kb;

import java.util.List;

/**
 * A country or territory as actors and texts refer to it.
 *
 * @param alpha3    ISO 3166-1 alpha-3 code (XKX for Kosovo, as CAMEO and the EU use)
 * @param alpha2    ISO 3166-1 alpha-2 code (XK for Kosovo)
 * @param name      common English short name
 * @param aliases   other names: official and former names, abbreviations
 * @param demonyms  adjectives and nouns for its people ("Chinese")
 * @param capital   the capital as the country designates it, or null
 * @param metonyms  places and buildings that stand for its government in news ("the Kremlin")
 */
public record Country(String alpha3, String alpha2, String name, List<String> aliases, List<String> demonyms,
                      String capital, List<String> metonyms) {
    public Country {
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        metonyms = List.copyOf(metonyms);
    }
}
