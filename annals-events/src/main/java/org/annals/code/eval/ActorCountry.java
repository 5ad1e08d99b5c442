package org.annals.code.eval;

/**
 * The country an actor's name stands for ("Russian" and "Moscow" for RUS), or IGO/NGO for
 * international organisations. Stand-in until {@code org.annals.resolve.kb.ActorKnowledgeBase}
 * can answer this; that knowledge base should replace {@link #builtIn()}.
 */
@FunctionalInterface
public interface ActorCountry {
    /** ISO 3166 alpha-3 code, "IGO" or "NGO" for {@code name}, or null when unknown. */
    String country(String name);

    /** A small built-in table of country names, demonyms, capitals and international organisations. */
    static ActorCountry builtIn() {
        return CountryTable.standard();
    }
}
