package org.annals.resolve.place;

import org.annals.resolve.place.GazetteerEntry.Kind;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * Places by name, from data shipped with Annals: countries, first-level regions, cities and landmarks.
 *
 * <p>Immutable and thread-safe; nothing is fetched at run time. The data, its sources and licences are
 * described in {@code README.md} beside the resources.
 */
public final class Gazetteer {

    private static final String FOLDER = "/org/annals/resolve/place/";
    private static final List<String> FILES = List.of("countries.tsv", "places.tsv.gz", "landmarks.tsv");
    private static final int COLUMNS = 9;

    /**
     * A place outside the focus countries still wins when it has this many times the inhabitants of the largest
     * candidate inside them: an article about Kentucky that names "London" means England's.
     */
    static final long OUTSHINES = 100;

    /** Words after the name of a first-level division: "Jilin Province", "Beijing Municipality". */
    private static final String FIRST_LEVEL_WORDS =
            "province|region|autonomous region|municipality|prefecture|oblast|krai|governorate|state";
    /** A name followed by a division word; lower divisions (county, banner, district) match districts only. */
    private static final Pattern DIVISION_WORD =
            Pattern.compile("(.+?) (" + FIRST_LEVEL_WORDS + "|county|banner|district)");
    /** A compass word before a country or region: "northern Xinjiang", "Northeast China". */
    private static final Pattern COMPASS_WORD = Pattern.compile("(?:(?:north|south|east|west|northeast|northwest"
            + "|southeast|southwest|north east|north west|south east|south west)(?:ern)?|central) (.+)");

    /** Entries by {@link PlaceNames#key}: name, ASCII name and alternates each lead to the entry. */
    private final Map<String, List<GazetteerEntry>> byKey;

    private Gazetteer(Map<String, List<GazetteerEntry>> byKey) {
        this.byKey = byKey;
    }

    /** The gazetteer shipped in the Annals jar, loaded once on first use (about 90,000 entries). */
    public static Gazetteer bundled() {
        return Bundled.INSTANCE;
    }

    /** Holder idiom: the data is read on the first call of {@link #bundled()}, not when the class loads. */
    private static final class Bundled {
        static final Gazetteer INSTANCE = load();

        private static Gazetteer load() {
            Builder builder = new Builder();
            for (String file : FILES) {
                try (InputStream raw = Gazetteer.class.getResourceAsStream(FOLDER + file)) {
                    if (raw == null) {
                        throw new IllegalStateException("gazetteer resource missing: " + FOLDER + file);
                    }
                    InputStream in = file.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
                    builder.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16), file);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read gazetteer resource " + file, e);
                }
            }
            return builder.build();
        }
    }

    /** A gazetteer of the given TSV tables (header line, then the columns described in README.md). */
    static Gazetteer read(Map<String, String> tables) {
        Builder builder = new Builder();
        tables.forEach((name, text) -> {
            try {
                builder.read(new BufferedReader(new StringReader(text)), name);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return builder.build();
    }

    /**
     * Every entry the name may denote, or an empty list.
     *
     * <p>Case, diacritics and punctuation do not count; a leading "the " may be left out ("the Kremlin");
     * "X" also finds "X City" and "X City" finds "X" when there is no "X City"; an unknown "X Province" (or
     * Region, Oblast, …) finds the region X, "X County" (or Banner, District) the district X, and "northern X"
     * (or another compass word) the country or region X. "X, Y" finds the entries
     * named X that lie in Y, a country, region or place (as in "Siziwang Banner, Inner Mongolia" or "Paris,
     * Texas"); when none does it finds Y, the coarser place the text names, or X when Y is no place at all.
     *
     * @param name a place name as the text writes it; null or blank finds nothing
     */
    public List<GazetteerEntry> lookup(String name) {
        if (name == null || name.length() > PlaceNames.MAX_LENGTH) {
            return List.of();
        }
        List<GazetteerEntry> found = plain(PlaceNames.key(name));
        int comma = name.lastIndexOf(',');
        if (!found.isEmpty() || comma < 0) {
            return found;
        }
        List<GazetteerEntry> places = lookup(name.substring(0, comma));
        List<GazetteerEntry> within = lookup(name.substring(comma + 1));
        if (within.isEmpty()) {
            return places;
        }
        List<GazetteerEntry> inside = places.stream()
                .filter(e -> within.stream().anyMatch(area -> contains(area, e)))
                .toList();
        return inside.isEmpty() ? within : inside;
    }

    /**
     * The place a name most likely denotes in an article, or empty when the gazetteer does not know it.
     *
     * <p>First, an entry that has the name only as another name gives way to one of the same country and kind
     * whose own name it is ("New Delhi" is also a name of Delhi). Among the rest the rule, in order:
     * <ol>
     *   <li>an entry in one of the article's focus countries, unless one outside them has a hundred
     *       times its inhabitants (an article about Kentucky that names "London" means England's);</li>
     *   <li>an entry in the dateline's first-level division, then in the dateline's country;</li>
     *   <li>a landmark or district, which the hand-made list names only because news means them ("the White
     *       House" over White House, Tennessee);</li>
     *   <li>the larger population; unknown counts as 0, so a city wins over a region of the same name, and a
     *       country, whose population is known, over both;</li>
     *   <li>the more frequent focus country;</li>
     *   <li>country, region, district, city, landmark in that order.</li>
     * </ol>
     *
     * @param name    a place name as the text writes it, in any form {@link #lookup} accepts
     * @param context the article's focus countries and dateline
     */
    public Optional<GazetteerEntry> resolve(String name, PlaceContext context) {
        List<GazetteerEntry> candidates = preferOwnNames(lookup(name), name);
        if (candidates.size() <= 1) {
            return candidates.stream().findFirst();
        }
        List<String> focus = context.focusCountries();
        long focusLargest = candidates.stream().filter(e -> focus.contains(e.country()))
                .mapToLong(GazetteerEntry::population).max().orElse(-1);
        GazetteerEntry dateline = context.datelinePlace() == null ? null
                : resolve(context.datelinePlace(), new PlaceContext(focus, null)).orElse(null);
        Comparator<GazetteerEntry> rule = Comparator
                .comparing((GazetteerEntry e) -> !inFocus(e, focus, focusLargest))
                .thenComparing(e -> -nearDateline(e, dateline))
                .thenComparing(e -> e.kind() != Kind.LANDMARK && e.kind() != Kind.DISTRICT)
                .thenComparing(e -> -e.population())
                .thenComparing(e -> focus.contains(e.country()) ? focus.indexOf(e.country()) : focus.size())
                .thenComparing(GazetteerEntry::kind);
        return candidates.stream().min(rule);
    }

    private static List<GazetteerEntry> preferOwnNames(List<GazetteerEntry> candidates, String name) {
        Set<String> wanted = new HashSet<>();
        int comma = name.indexOf(',');
        for (String form : comma < 0 ? List.of(name) : List.of(name, name.substring(0, comma))) {
            String key = PlaceNames.key(form);
            String bare = key.startsWith("the ") ? key.substring("the ".length()) : key;
            for (String k : List.of(key, bare)) {
                wanted.add(k);
                wanted.add(k.endsWith(" city") ? k.substring(0, k.length() - " city".length()) : k + " city");
            }
        }
        Set<String> named = candidates.stream().filter(e -> wanted.contains(ownKey(e)))
                .map(e -> e.country() + e.kind()).collect(Collectors.toSet());
        return candidates.stream()
                .filter(e -> wanted.contains(ownKey(e)) || !named.contains(e.country() + e.kind()))
                .toList();
    }

    /** The key of an entry's own name, without a qualifier after a comma ("Washington, D.C."). */
    private static String ownKey(GazetteerEntry e) {
        int comma = e.name().indexOf(", ");
        return PlaceNames.key(comma < 0 ? e.name() : e.name().substring(0, comma));
    }

    private static boolean inFocus(GazetteerEntry e, List<String> focus, long focusLargest) {
        return focus.contains(e.country()) || focusLargest > 0 && e.population() >= OUTSHINES * focusLargest;
    }

    /** 2 in the dateline's region, 1 in its country, 0 elsewhere or without a dateline. */
    private static int nearDateline(GazetteerEntry e, GazetteerEntry dateline) {
        if (dateline == null || !e.country().equals(dateline.country())) {
            return 0;
        }
        return !e.admin1().isEmpty() && e.admin1().equals(dateline.admin1()) ? 2 : 1;
    }

    /** Whether {@code place} lies in {@code area}: in its country, or in the first-level division it is or lies in. */
    private static boolean contains(GazetteerEntry area, GazetteerEntry place) {
        if (!area.country().equals(place.country()) || area == place) {
            return false;
        }
        return area.kind() == Kind.COUNTRY
                || !area.admin1().isEmpty() && area.admin1().equals(place.admin1());
    }

    /** Entries of a key, with the "the ", "City", division-word and compass-word tolerances. */
    private List<GazetteerEntry> plain(String key) {
        if (key.isEmpty()) {
            return List.of();
        }
        Set<GazetteerEntry> found = new LinkedHashSet<>(byKey.getOrDefault(key, List.of()));
        if (key.endsWith(" city")) {
            if (found.isEmpty()) {
                found.addAll(byKey.getOrDefault(key.substring(0, key.length() - " city".length()), List.of()));
            }
        } else {
            found.addAll(byKey.getOrDefault(key + " city", List.of()));
        }
        if (found.isEmpty() && key.startsWith("the ")) {
            return plain(key.substring("the ".length()));
        }
        if (found.isEmpty()) {
            return qualified(key);
        }
        return List.copyOf(found);
    }

    /**
     * Entries of a name that a division word or compass word qualifies, restricted to what the word allows:
     * "Jilin Province" is the region, not the city; "Northeast China" and "northern Xinjiang" are the country
     * and the region, as the nearest entries the gazetteer has.
     */
    private List<GazetteerEntry> qualified(String key) {
        Matcher division = DIVISION_WORD.matcher(key);
        if (division.matches()) {
            Set<Kind> allowed = division.group(2).matches(FIRST_LEVEL_WORDS)
                    ? EnumSet.of(Kind.REGION) : EnumSet.of(Kind.DISTRICT);
            return byKey.getOrDefault(division.group(1), List.of()).stream()
                    .filter(e -> allowed.contains(e.kind())).toList();
        }
        Matcher compass = COMPASS_WORD.matcher(key);
        if (compass.matches()) {
            return byKey.getOrDefault(compass.group(1), List.of()).stream()
                    .filter(e -> e.kind() == Kind.COUNTRY || e.kind() == Kind.REGION).toList();
        }
        return List.of();
    }

    /** Reads tables and indexes their entries; repeated strings (countries, regions) are shared. */
    private static final class Builder {
        private final Map<String, List<GazetteerEntry>> byKey = new HashMap<>(1 << 18);
        private final Map<String, String> shared = new HashMap<>();

        void read(BufferedReader in, String file) throws IOException {
            String header = in.readLine();
            if (header == null || !header.startsWith("name\t")) {
                throw new IllegalStateException(file + ": no header line");
            }
            String[] fields = new String[COLUMNS];
            int lineNumber = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isEmpty()) {
                    continue;
                }
                if (split(line, fields) != COLUMNS) {
                    throw new IllegalStateException(file + ":" + lineNumber + ": expected " + COLUMNS + " columns");
                }
                GazetteerEntry entry = new GazetteerEntry(fields[0], share(fields[3]), share(fields[4]),
                        Double.parseDouble(fields[5]), Double.parseDouble(fields[6]), Long.parseLong(fields[7]),
                        Kind.parse(fields[8]));
                index(fields[0], entry);
                if (!fields[1].equals(fields[0])) {
                    index(fields[1], entry);
                }
                if (!fields[2].isEmpty()) {
                    for (String alternate : fields[2].split("\\|")) {
                        index(alternate, entry);
                    }
                }
            }
        }

        private void index(String name, GazetteerEntry entry) {
            String key = PlaceNames.key(name);
            if (key.isEmpty()) {
                return;
            }
            List<GazetteerEntry> entries = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
            if (entries.isEmpty() || entries.get(entries.size() - 1) != entry) {
                entries.add(entry);
            }
        }

        private String share(String s) {
            return shared.computeIfAbsent(s, k -> k);
        }

        /** Splits on tabs into {@code fields}; returns the number of fields the line has. */
        private static int split(String line, String[] fields) {
            int count = 0;
            int start = 0;
            while (true) {
                int tab = line.indexOf('\t', start);
                String field = tab < 0 ? line.substring(start) : line.substring(start, tab);
                if (count < fields.length) {
                    fields[count] = field;
                }
                count++;
                if (tab < 0) {
                    return count;
                }
                start = tab + 1;
            }
        }

        Gazetteer build() {
            byKey.replaceAll((key, entries) -> List.copyOf(entries));
            return new Gazetteer(Collections.unmodifiableMap(byKey));
        }
    }
}
