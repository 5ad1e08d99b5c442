package org.annals.resolve.eval;

import java.util.Locale;
import java.util.Set;

/** Whether a mention names its entity, describes it ("the Russian president") or is a pronoun. */
public enum MentionKind {
    NAME, NOMINAL, PRONOUN;

    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "him", "her", "them", "his",
            "hers", "its", "their", "theirs", "himself", "herself", "itself", "themselves", "we", "us", "our");
    private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "these", "those", "a", "an");

    /**
     * The kind a system mention's text looks like, for mentions the gold does not know: a pronoun, a
     * determiner phrase ending in a lower-case word ("the French president"), or else a name.
     */
    public static MentionKind of(String surface) {
        String s = surface.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(lower)) {
            return PRONOUN;
        }
        int space = lower.indexOf(' ');
        if (space > 0 && DETERMINERS.contains(lower.substring(0, space))) {
            String last = s.substring(s.lastIndexOf(' ') + 1);
            if (!last.isEmpty() && Character.isLowerCase(last.charAt(0))) {
                return NOMINAL;
            }
        }
        return NAME;
    }

    /** The gold file's marker for this kind: none for names, "nom" or "pron". */
    String marker() {
        return switch (this) {
            case NAME -> null;
            case NOMINAL -> "nom";
            case PRONOUN -> "pron";
        };
    }

    static MentionKind ofMarker(String marker) {
        if (marker == null) {
            return NAME;
        }
        return switch (marker) {
            case "nom" -> NOMINAL;
            case "pron" -> PRONOUN;
            default -> throw new IllegalArgumentException("unknown mention kind '" + marker + "'");
        };
    }
}
