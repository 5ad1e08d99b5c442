package org.annals.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * One person, organisation, place or other named thing of an article, with every mention of it.
 *
 * @param id           article-local id ({@code e1}, {@code e2}, …)
 * @param name         canonical name: the knowledge-base name when known, else the fullest name in the text
 * @param type         what kind of thing it is
 * @param country      ISO 3166 alpha-3 code of the country it belongs to or is, or null
 * @param sector       PLOVER/CAMEO sector code (GOV, MIL, PTY, BUS, MED, EDU, IGO, NGO, …), or null
 * @param roles        roles as read from the text or known for the article's date ("President of Russia")
 * @param affiliations organisations or bodies it belongs to, as read ("Political Bureau of the CPC Central Committee")
 * @param mentions     every span of the text that refers to it, in text order
 * @param actor        id of the knowledge-base actor it was linked to, or null
 */
@JsonPropertyOrder({"id", "name", "type", "country", "sector", "roles", "affiliations", "mentions", "actor"})
public record Entity(String id, String name, EntityType type, String country, String sector, List<String> roles,
                     List<String> affiliations, List<Span> mentions, String actor) {
    public Entity {
        roles = List.copyOf(roles);
        affiliations = List.copyOf(affiliations);
        mentions = List.copyOf(mentions);
    }
}
