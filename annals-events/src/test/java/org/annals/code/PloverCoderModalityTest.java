package org.annals.code;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Negation, modality, reported events, and statements that are not events. */
class PloverCoderModalityTest {
    @Test
    void willVisitIsFuture() {
        assertThat(Coding.events("Chinese Premier Li Qiang will visit Germany next week."))
                .containsExactly("CONSULT/visit future [Li Qiang] -> [Germany]");
    }

    @Test
    void mayImposeIsHypotheticalNotAnImposition() {
        assertThat(Coding.events("The European Union may impose new sanctions on Iran."))
                .containsExactly("SANCTION/restrict hypothetical [European Union] -> [Iran]");
    }

    @Test
    void plannedVisitIsFuture() {
        assertThat(Coding.events("Olaf Scholz plans to visit Brazil in May."))
                .containsExactly("CONSULT/visit future [Olaf Scholz] -> [Brazil]");
    }

    @Test
    void negatedCooperationIsARefusal() {
        assertThat(Coding.events("Hungary did not sign the agreement with Ukraine."))
                .containsExactly("REJECT/null asserted [Hungary] -> [Ukraine]");
    }

    @Test
    void negatedAttackIsMarkedNegated() {
        assertThat(Coding.events("Serbia did not attack Kosovo."))
                .containsExactly("ASSAULT/null negated [Serbia] -> [Kosovo]");
    }

    @Test
    void reportedEventIsTheEmbeddedEventWithLowerConfidence() {
        AnalyzedInput in = Coding.input("Russia said China had attacked the Philippines.");
        assertThat(Coding.render(in, Coding.CODER.code(in)))
                .containsExactly("ASSAULT/null asserted [China] -> [Philippines]");
        assertThat(Coding.CODER.code(in).get(0).rule()).endsWith("+reported");
        assertThat(Coding.CODER.code(in).get(0).confidence()).isLessThan(0.9);
    }

    @Test
    void statementsAreQuotesNotEvents() {
        assertThat(Coding.events("The Chinese foreign ministry said the weather in Beijing was fine.")).isEmpty();
        assertThat(Coding.events("Putin told reporters that Russia is strong.")).isEmpty();
    }

    @Test
    void aHabitIsNoEvent() {
        assertThat(Coding.events("Chile and Peru have met many times over the years.")).isEmpty();
    }

    @Test
    void oftenIsAHabit() {
        assertThat(Coding.events("Japanese ministers often visit Washington.")).isEmpty();
    }
}
