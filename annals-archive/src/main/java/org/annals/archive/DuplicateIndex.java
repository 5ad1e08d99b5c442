package org.annals.archive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds, among the signatures seen so far, one whose estimated similarity to a new one reaches
 * {@link #MIN_SIMILARITY}. Locality-sensitive hashing: the signature is cut into
 * {@link #BANDS} bands, and only articles equal on a whole band are compared (at similarity 0.8
 * two articles share a band with probability above 0.999). Holds one signature per signed article;
 * not thread-safe.
 */
final class DuplicateIndex {
    /** Articles at least this similar (estimated Jaccard of word 3-shingles) are near-duplicates. */
    static final double MIN_SIMILARITY = 0.8;
    static final int BANDS = 16;
    private static final int ROWS = MinHash.SIZE / BANDS;

    private final List<Map<Long, List<Integer>>> bands = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();
    private final List<int[]> signatures = new ArrayList<>();

    DuplicateIndex() {
        for (int b = 0; b < BANDS; b++) {
            bands.add(new HashMap<>());
        }
    }

    /** Adds an article's signature; an empty one (text too short) is ignored. */
    void add(String id, int[] signature) {
        if (signature.length != MinHash.SIZE) {
            return;
        }
        int index = ids.size();
        ids.add(id);
        signatures.add(signature);
        for (int b = 0; b < BANDS; b++) {
            bands.get(b).computeIfAbsent(band(signature, b), k -> new ArrayList<>(1)).add(index);
        }
    }

    /** The id of the first article added that this signature nearly copies, or null. */
    String nearest(int[] signature) {
        if (signature.length != MinHash.SIZE) {
            return null;
        }
        int best = Integer.MAX_VALUE;
        for (int b = 0; b < BANDS; b++) {
            List<Integer> candidates = bands.get(b).get(band(signature, b));
            if (candidates == null) {
                continue;
            }
            for (int index : candidates) {
                if (index < best && MinHash.similarity(signatures.get(index), signature) >= MIN_SIMILARITY) {
                    best = index;
                }
            }
        }
        return best == Integer.MAX_VALUE ? null : ids.get(best);
    }

    private static long band(int[] signature, int b) {
        return Arrays.hashCode(Arrays.copyOfRange(signature, b * ROWS, (b + 1) * ROWS)) * 31L + b;
    }
}
