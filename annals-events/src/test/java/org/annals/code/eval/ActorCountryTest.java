package org.annals.code.eval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActorCountryTest {
    private final ActorCountry countries = ActorCountry.builtIn();

    @Test
    void namesDemonymsCapitalsAndOrganisations() {
        assertThat(countries.country("Mozambique")).isEqualTo("MOZ");
        assertThat(countries.country("Russian")).isEqualTo("RUS");
        assertThat(countries.country("Tehran")).isEqualTo("IRN");
        assertThat(countries.country("the United States")).isEqualTo("USA");
        assertThat(countries.country("NATO")).isEqualTo("IGO");
    }

    @Test
    void caseMattersSoPronounsAreNotCountries() {
        assertThat(countries.country("US")).isEqualTo("USA");
        assertThat(countries.country("us")).isNull();
        assertThat(countries.country("Atlantis")).isNull();
    }
}
