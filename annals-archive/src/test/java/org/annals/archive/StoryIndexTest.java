package org.annals.archive;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoryIndexTest {
    private static final long[] HARBOUR = {1, 2, 3, 4, 5, 6};
    private static final long[] HARBOUR_TOO = {1, 2, 3, 4, 5, 9};
    private static final long[] STORM = {20, 21, 22, 23, 24};

    @Test
    void anArticleOnTheSameHappeningJoinsTheFirstOnesStory() {
        StoryIndex index = new StoryIndex();
        assertThat(index.place("a", 100, HARBOUR, null)).isNull();
        assertThat(index.place("b", 101, HARBOUR_TOO, null)).isEqualTo(new StoryIndex.Match("a", "a"));
        assertThat(index.place("c", 102, HARBOUR, null)).isEqualTo(new StoryIndex.Match("a", null));
    }

    @Test
    void articlesFarApartInTimeAreDifferentStories() {
        StoryIndex index = new StoryIndex();
        index.place("a", 100, HARBOUR, null);
        assertThat(index.place("b", 100 + StoryIndex.WINDOW_DAYS + 1, HARBOUR_TOO, null)).isNull();
    }

    @Test
    void unrelatedArticlesStayAlone() {
        StoryIndex index = new StoryIndex();
        index.place("a", 100, HARBOUR, null);
        assertThat(index.place("b", 100, STORM, null)).isNull();
    }

    @Test
    void aNearCopyJoinsItsOriginalsStory() {
        StoryIndex index = new StoryIndex();
        index.place("a", 100, HARBOUR, null);
        assertThat(index.place("b", 100, STORM, "a")).isEqualTo(new StoryIndex.Match("a", "a"));
    }
}
