package org.annals.archive;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MinHashTest {
    private static final String STORY = "The harbour council voted on Tuesday to rebuild the northern quay, which storms "
            + "damaged last winter, and to widen the channel so that larger ferries can dock. Work starts in May and "
            + "should end before the summer season of the following year, the council's engineer told reporters, "
            + "adding that the budget had been agreed with the port authority after months of talks.";

    @Test
    void aCopyWithAnAddedLineIsNear() {
        assertThat(MinHash.similarity(MinHash.of(STORY), MinHash.of(STORY + " (Reporting by Wire Service)")))
                .isGreaterThanOrEqualTo(DuplicateIndex.MIN_SIMILARITY);
    }

    @Test
    void anotherStoryIsFar() {
        String other = "Rescue teams searched collapsed buildings through the night after the earthquake struck the "
                + "mountain villages south of the city, where roads were blocked by landslides and power lines were "
                + "down; the regional governor asked for tents, blankets and water as temperatures fell below zero "
                + "and aftershocks shook the valley again at dawn, officials said on the radio.";
        assertThat(MinHash.similarity(MinHash.of(STORY), MinHash.of(other))).isLessThan(0.2);
    }

    @Test
    void aShortTextGetsNoSignature() {
        assertThat(MinHash.of("Bridge reopens.")).isEmpty();
        assertThat(MinHash.similarity(new int[0], new int[0])).isZero();
    }

    @Test
    void hanTextCountsEveryCharacterAsAWord() {
        assertThat(MinHash.words("港口大桥")).containsExactly("港", "口", "大", "桥");
    }
}
