package org.annals.resolve.eval;

import org.annals.model.EntityType;

import java.util.List;

/**
 * One entity of a gold article with every mention that refers to it.
 *
 * @param name     its name as an annotator wrote it
 * @param type     its class
 * @param country  ISO 3166 alpha-3 code of the country it belongs to or is, or null when none is clear
 * @param mentions its mentions in text order
 */
public record GoldEntity(String name, EntityType type, String country, List<GoldMention> mentions) {
    public GoldEntity {
        mentions = List.copyOf(mentions);
    }
}
