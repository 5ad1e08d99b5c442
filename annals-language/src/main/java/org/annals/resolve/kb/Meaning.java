package org.annals.resolve.kb;

import java.util.List;

/** What a phrase means to the knowledge base: one of the records below. */
public sealed interface Meaning {

    /** The phrase names a country ("China", "PRC"). */
    record CountryName(Country country) implements Meaning {
    }

    /** The phrase is an adjective or noun for a country's people ("Chinese"). */
    record Demonym(Country country) implements Meaning {
    }

    /** The phrase names a place standing for a country's government ("the Kremlin"). */
    record Metonym(Country country) implements Meaning {
    }

    /** The phrase names one or more people or organisations; several when a name is shared ("Clinton"). */
    record ActorName(List<Actor> actors) implements Meaning {
        public ActorName {
            actors = List.copyOf(actors);
        }
    }

    /** The phrase is a title ("Foreign Minister"). */
    record RoleTitle(RoleEntry role) implements Meaning {
    }
}
