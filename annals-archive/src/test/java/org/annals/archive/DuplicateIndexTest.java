package org.annals.archive;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateIndexTest {
    private static int[] signature(int base, int changed) {
        int[] s = new int[MinHash.SIZE];
        for (int i = 0; i < s.length; i++) {
            s[i] = i < changed ? base + 1000 + i : i;
        }
        return s;
    }

    @Test
    void findsTheFirstArticleThatIsSimilarEnough() {
        DuplicateIndex index = new DuplicateIndex();
        index.add("first", signature(0, 0));
        index.add("second", signature(0, 2));
        assertThat(index.nearest(signature(7, 4))).isEqualTo("first");
    }

    @Test
    void ignoresArticlesTooDifferent() {
        DuplicateIndex index = new DuplicateIndex();
        index.add("a", signature(0, 0));
        assertThat(index.nearest(signature(5, 40))).isNull();
    }

    @Test
    void textsWithoutASignatureMatchNothing() {
        DuplicateIndex index = new DuplicateIndex();
        index.add("a", new int[0]);
        assertThat(index.nearest(new int[0])).isNull();
    }
}
