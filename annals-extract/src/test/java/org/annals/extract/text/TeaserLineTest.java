package org.annals.extract.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TeaserLineTest {
    @Test
    void trailingShortItemsAreTags() {
        assertThat(TeaserLine.of("Museum returns bronze vessels to village temple | Culture | Heritage").tags())
                .containsExactly("Culture", "Heritage");
    }

    @Test
    void headlineKeepsItsColumnName() {
        assertThat(TeaserLine.of("Weekly Review | Why the river towns are growing again | Towns | Rivers").headline())
                .isEqualTo("Weekly Review | Why the river towns are growing again");
    }

    @Test
    void longLastItemMeansNoTags() {
        assertThat(TeaserLine.of("Weekly Review | Why the river towns are growing again").tagged()).isFalse();
    }

    @Test
    void menuOfShortItemsHasNoHeadlineForTags() {
        assertThat(TeaserLine.of("World | Sports | Culture").tagged()).isFalse();
    }
}
