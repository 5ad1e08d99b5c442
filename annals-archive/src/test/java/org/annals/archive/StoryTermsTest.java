package org.annals.archive;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StoryTermsTest {
    @Test
    void namesAreCapitalisedWordsInsideSentences() {
        Map<String, Integer> counts = new HashMap<>();
        StoryTerms.names("The mayor of Lisbon met Ana Ruiz. Talks went well, said Ruiz.", counts);
        assertThat(counts).containsOnlyKeys("lisbon", "ana", "ruiz").containsEntry("ruiz", 2);
    }

    @Test
    void articlesOnOneHappeningShareTerms() {
        long[] a = StoryTerms.of(Articles.plain("a", "Lisbon reopens Northern Quay",
                "Officials in Lisbon said Mayor Ana Ruiz reopened the Northern Quay with the Harbour Authority.", null));
        long[] b = StoryTerms.of(Articles.plain("b", "Quay back in use",
                "After repairs, Ana Ruiz and the Harbour Authority opened the Northern Quay in Lisbon again.", null));
        assertThat(StoryTerms.shared(a, b)).isGreaterThanOrEqualTo(StoryIndex.MIN_SHARED);
    }

    @Test
    void hanTitlesGiveCharacterPairs() {
        assertThat(StoryTerms.of(Articles.plain("c", "港口大桥重新开放", "正文。", null))).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void countsSharedTermsOfSortedSets() {
        assertThat(StoryTerms.shared(new long[]{1, 3, 5, 7}, new long[]{2, 3, 7, 9})).isEqualTo(2);
    }
}
