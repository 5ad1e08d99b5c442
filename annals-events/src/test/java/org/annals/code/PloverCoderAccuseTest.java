package org.annals.code;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** ACCUSE events from sentences written for these tests. */
class PloverCoderAccuseTest {
    @Test
    void condemnation() {
        assertThat(Coding.events("France condemned the Russian attack on Kyiv.")).contains("ACCUSE/disapprove asserted [France] -> [Russian]");
    }

    @Test
    void accusation() {
        assertThat(Coding.events("Poland accused Belarus of orchestrating the border crisis.")).contains("ACCUSE/allege asserted [Poland] -> [Belarus]");
    }

    @Test
    void investigation() {
        assertThat(Coding.events("Brazil opened an investigation into Paraguay's customs officials.")).contains("ACCUSE/investigate asserted [Brazil] -> [Paraguay]");
    }

    @Test
    void complaint() {
        assertThat(Coding.events("Lebanon complained to the United Nations about Israeli air raids.")).contains("ACCUSE/allege asserted [Lebanon] -> [Israeli]");
    }

    @Test
    void envoySummoned() {
        assertThat(Coding.events("Ghana summoned the Togolese ambassador to complain about the raids."))
                .anyMatch(e -> e.startsWith("ACCUSE/") && e.contains("[Ghana] ->"));
    }
}
