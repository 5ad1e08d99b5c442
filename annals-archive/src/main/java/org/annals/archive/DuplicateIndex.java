package org.annals.archive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds, among the fingerprints seen so far, one within {@link #MAX_DISTANCE} bits of a new one.
 * Pigeonhole: fingerprints that close agree exactly on at least one of eight 8-bit blocks, so only
 * those sharing a block are compared. Holds one entry per fingerprinted article; not thread-safe.
 */
final class DuplicateIndex {
    /** Fingerprints at most this many bits apart are near-duplicates. */
    static final int MAX_DISTANCE = 6;
    private static final int BLOCKS = 8;

    private final List<Map<Integer, List<Integer>>> blocks = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();
    private final List<Long> hashes = new ArrayList<>();

    DuplicateIndex() {
        for (int b = 0; b < BLOCKS; b++) {
            blocks.add(new HashMap<>());
        }
    }

    /** Adds an article's fingerprint; 0 (no fingerprint) is ignored. */
    void add(String id, long hash) {
        if (hash == 0) {
            return;
        }
        int index = ids.size();
        ids.add(id);
        hashes.add(hash);
        for (int b = 0; b < BLOCKS; b++) {
            blocks.get(b).computeIfAbsent(block(hash, b), k -> new ArrayList<>(1)).add(index);
        }
    }

    /** The id of the first article added whose fingerprint is near this one, or null. */
    String nearest(long hash) {
        if (hash == 0) {
            return null;
        }
        int best = Integer.MAX_VALUE;
        for (int b = 0; b < BLOCKS; b++) {
            List<Integer> candidates = blocks.get(b).get(block(hash, b));
            if (candidates == null) {
                continue;
            }
            for (int index : candidates) {
                if (index < best && SimHash.distance(hashes.get(index), hash) <= MAX_DISTANCE) {
                    best = index;
                }
            }
        }
        return best == Integer.MAX_VALUE ? null : ids.get(best);
    }

    private static int block(long hash, int b) {
        return (int) ((hash >>> (8 * b)) & 0xff);
    }
}
