package org.annals.archive;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateIndexTest {
    @Test
    void findsTheFirstArticleWithinTheDistance() {
        DuplicateIndex index = new DuplicateIndex();
        index.add("first", 0b1111L << 40 | 0xF0F0L);
        index.add("second", 0b1111L << 40 | 0xF0F1L);
        assertThat(index.nearest(0b1111L << 40 | 0xF0F3L)).isEqualTo("first");
    }

    @Test
    void ignoresFingerprintsTooFarApart() {
        DuplicateIndex index = new DuplicateIndex();
        index.add("a", 0x00000000FFFFFFFFL);
        assertThat(index.nearest(0xFFFFFFFF00000000L)).isNull();
    }

    @Test
    void textsWithoutAFingerprintMatchNothing() {
        DuplicateIndex index = new DuplicateIndex();
        index.add("a", 0);
        assertThat(index.nearest(0)).isNull();
    }
}
