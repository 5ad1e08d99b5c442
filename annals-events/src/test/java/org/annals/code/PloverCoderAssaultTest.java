package org.annals.code;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** ASSAULT events from sentences written for these tests. */
class PloverCoderAssaultTest {
    @Test
    void attack() {
        assertThat(Coding.events("Russia attacked Ukraine on Thursday.")).contains("ASSAULT/null asserted [Russia] -> [Ukraine]");
    }

    @Test
    void shelling() {
        assertThat(Coding.events("Syrian forces shelled rebel positions near Aleppo.")).contains("ASSAULT/heavy-weapons asserted [Syrian] -> []");
    }

    @Test
    void kidnapping() {
        assertThat(Coding.events("Gunmen kidnapped two Italian aid workers in Somalia.")).contains("ASSAULT/abduct asserted [] -> [Italian]");
    }

    @Test
    void airStrike() {
        assertThat(Coding.events("Israel carried out an air strike on Lebanon.")).contains("ASSAULT/aerial asserted [Israel] -> [Lebanon]");
    }
}
