package org.annals.resolve;

import org.junit.jupiter.api.Test;

import static org.annals.resolve.ResolverStagesFixture.clusters;
import static org.assertj.core.api.Assertions.assertThat;

class RepeatedNamesTest {
    @Test
    void anUntaggedSurnameAfterTheFullNameIsAMention() {
        String text = "Helen Marsh opened the hearing. Later Marsh thanked the witnesses.";
        assertThat(clusters(text).get(0)).isEqualTo("PERSON:Helen Marsh|Marsh");
    }
}
