package org.annals.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** How names are compared: case, diacritics, a leading "the" and a possessive do not matter. */
final class NameForms {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private NameForms() {
    }

    /** The comparison key of a name or token. */
    static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT).replace('’', '\'');
        s = SPACE.matcher(s.trim()).replaceAll(" ");
        if (s.endsWith("'s")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("s'")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }

    /** The initials of the capitalised words of a name: "World Health Organization" → "WHO". */
    static String initials(List<String> tokens) {
        StringBuilder b = new StringBuilder();
        for (String t : tokens) {
            if (!t.isEmpty() && Character.isUpperCase(t.charAt(0))) {
                b.append(t.charAt(0));
            }
        }
        return b.toString();
    }

    /** Whether a token looks like an acronym: two to eight capitals (digits and '&' allowed). */
    static boolean isAcronym(String token) {
        if (token.length() < 2 || token.length() > 8) {
            return false;
        }
        int capitals = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isUpperCase(c)) {
                capitals++;
            } else if (!Character.isDigit(c) && c != '&') {
                return false;
            }
        }
        return capitals >= 2;
    }

    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : SPACE.split(name.trim())) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
