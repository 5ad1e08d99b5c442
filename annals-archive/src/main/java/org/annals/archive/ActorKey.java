package org.annals.archive;

import org.annals.model.Entity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key that makes one actor of the entities of many articles: the knowledge-base id when the
 * entity was linked, else its normalised name with its type and country, so "Xi Jinping" (PERSON,
 * CHN) of two articles is one actor while a place of the same name is another.
 */
public final class ActorKey {
    private ActorKey() {
    }

    /** The canonical id of an entity. */
    public static String of(Entity entity) {
        if (entity.actor() != null && !entity.actor().isBlank()) {
            return "kb:" + entity.actor().strip();
        }
        String type = entity.type() == null ? "MISC" : entity.type().name();
        String country = entity.country() == null ? "" : entity.country().strip().toUpperCase(Locale.ROOT);
        return type + ":" + country + ":" + normalise(entity.name());
    }

    /** A name folded for matching: NFKC, lower case, punctuation dropped, spaces collapsed. */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.appendCodePoint(cp);
            } else if (cp != '\'' && cp != '\u2019' && cp != '.') {
                space = true;
            }
        }
        return b.toString();
    }
}
