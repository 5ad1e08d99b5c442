package org.annals.resolve.kb;

import org.annals.model.EntityType;

import java.time.LocalDate;
import java.util.List;

/**
 * A person or organisation the knowledge base knows by name.
 *
 * @param id      stable id: a slug for people ("vladimir-putin"), an acronym-like id for organisations ("NATO")
 * @param name    canonical name
 * @param type    PERSON or ORGANIZATION
 * @param aliases other names it goes by (name variants and acronyms, never titles)
 * @param country alpha-3 code of its country (for people: of their latest office, or their nationality when that
 *                office is an organisation's), or null for intergovernmental organisations
 * @param sector  PLOVER/CAMEO sector code (of the latest term for people)
 * @param terms   offices held, oldest first (empty for organisations)
 */
public record Actor(String id, String name, EntityType type, List<String> aliases, String country, String sector,
                    List<Term> terms) {
    public Actor {
        aliases = List.copyOf(aliases);
        terms = List.copyOf(terms);
    }

    /** The terms running on {@code date}. */
    public List<Term> termsOn(LocalDate date) {
        return terms.stream().filter(t -> t.covers(date)).toList();
    }
}
