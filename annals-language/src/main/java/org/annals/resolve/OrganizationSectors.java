package org.annals.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sector an organisation's own name gives away ("Ministry of …" → GOV, "… University" → EDU),
 * for organisations the knowledge base does not know.
 */
final class OrganizationSectors {
    private static final List<Map.Entry<String, String>> WORDS = List.of(
            Map.entry("ministry", "GOV"), Map.entry("government", "GOV"), Map.entry("council", "GOV"),
            Map.entry("department", "GOV"), Map.entry("parliament", "LEG"), Map.entry("congress", "LEG"),
            Map.entry("senate", "LEG"), Map.entry("assembly", "LEG"), Map.entry("commission", "GOV"),
            Map.entry("agency", "GOV"), Map.entry("office", "GOV"), Map.entry("embassy", "GOV"),
            Map.entry("army", "MIL"), Map.entry("navy", "MIL"), Map.entry("air force", "MIL"),
            Map.entry("military", "MIL"), Map.entry("armed forces", "MIL"), Map.entry("liberation army", "MIL"),
            Map.entry("police", "COP"), Map.entry("court", "JUD"), Map.entry("party", "PTY"),
            Map.entry("university", "EDU"), Map.entry("institute", "EDU"), Map.entry("academy", "EDU"),
            Map.entry("school", "EDU"), Map.entry("college", "EDU"),
            Map.entry("news", "MED"), Map.entry("times", "MED"), Map.entry("post", "MED"), Map.entry("television", "MED"),
            Map.entry("radio", "MED"), Map.entry("press", "MED"), Map.entry("herald", "MED"), Map.entry("daily", "MED"),
            Map.entry("bank", "BUS"), Map.entry("inc", "BUS"), Map.entry("corp", "BUS"), Map.entry("corporation", "BUS"),
            Map.entry("company", "BUS"), Map.entry("group", "BUS"), Map.entry("ltd", "BUS"), Map.entry("airlines", "BUS"),
            Map.entry("foundation", "NGO"), Map.entry("red cross", "NGO"), Map.entry("church", "REL"));

    private OrganizationSectors() {
    }

    /** The sector code for an organisation name, or null when its words say nothing. */
    static String of(String name) {
        String lower = " " + name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", " ") + " ";
        for (Map.Entry<String, String> e : WORDS) {
            if (lower.contains(" " + e.getKey() + " ")) {
                return e.getValue();
            }
        }
        return null;
    }
}
