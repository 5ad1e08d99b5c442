package org.annals.code;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** OCCURRENCE events: notable happenings with no recipient. */
class PloverCoderOccurrenceTest {
    @Test
    void satelliteLaunch() {
        assertThat(Coding.events("China launched a new weather satellite from Jiuquan on Thursday."))
                .containsExactly("OCCURRENCE/launch asserted [China] -> []");
    }

    @Test
    void forumHeldHasItsPlace() {
        AnalyzedInput in = Coding.input("The Africa forum was held in Nairobi on Wednesday.");
        assertThat(Coding.CODER.code(in)).singleElement().satisfies(e -> {
            assertThat(e.category()).isEqualTo("OCCURRENCE");
            assertThat(e.mode()).isEqualTo("forum");
            assertThat(e.place().name()).isEqualTo("Nairobi");
        });
    }

    @Test
    void landingWithoutANamedActorIsStillAnEvent() {
        assertThat(Coding.events("The lunar probe landed on the far side of the moon on Sunday."))
                .containsExactly("OCCURRENCE/landing asserted [] -> []");
    }

    @Test
    void launchedProbeIsNoInquiry() {
        assertThat(Coding.categories("India launched a lunar probe on Friday.")).containsExactly("OCCURRENCE");
    }
}
