package org.annals.archive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Clusters articles into stories: an article joins the story of an earlier one published within
 * {@link #WINDOW_DAYS} days that shares at least {@link #MIN_SHARED} of its terms and a
 * {@link #MIN_JACCARD} share of both term sets (see {@link StoryTerms}). Candidates are found
 * through an inverted index of (term, week) pairs, so a lookup reads only the weeks around the
 * article; a term held by more than {@link #MAX_POSTINGS} articles of one week says too little to
 * count. Holds one small entry per dated article; not thread-safe.
 */
final class StoryIndex {
    static final int WINDOW_DAYS = 3;
    static final int MIN_SHARED = 4;
    static final double MIN_JACCARD = 0.25;
    static final int MAX_POSTINGS = 300;
    private static final int WEEK = 7;

    /** An article as the index knows it; {@code story} is null while it stands alone. */
    private static final class Entry {
        final String id;
        final int day;
        final long[] terms;
        String story;

        Entry(String id, int day, long[] terms, String story) {
            this.id = id;
            this.day = day;
            this.terms = terms;
            this.story = story;
        }
    }

    /**
     * Where a new article goes.
     *
     * @param story   the story id for the new article
     * @param founder an earlier article that stood alone and now opens this story, or null
     */
    record Match(String story, String founder) {
    }

    private final Map<Long, List<Entry>> postings = new HashMap<>();
    private final Map<String, Entry> byId = new HashMap<>();

    /** Adds an article already stored, with the story it has. */
    void add(String id, int day, long[] terms, String story) {
        Entry e = new Entry(id, day, terms, story);
        byId.put(id, e);
        for (long t : terms) {
            postings.computeIfAbsent(key(t, Math.floorDiv(day, WEEK)), k -> new ArrayList<>(2)).add(e);
        }
    }

    /**
     * Finds the story of a new article and adds it: the story of {@code duplicateOf} when it is a
     * near-copy, else that of the best-matching earlier article, else none.
     */
    Match place(String id, Integer day, long[] terms, String duplicateOf) {
        Entry best = duplicateOf == null ? null : byId.get(duplicateOf);
        if (best == null && day != null) {
            best = bestMatch(day, terms);
        }
        Match match = null;
        if (best != null) {
            String founder = best.story == null ? best.id : null;
            if (best.story == null) {
                best.story = best.id;
            }
            match = new Match(best.story, founder);
        }
        if (day != null) {
            add(id, day, terms, match == null ? null : match.story());
        }
        return match;
    }

    private static long key(long term, int week) {
        return term * 31 + week;
    }

    private Entry bestMatch(int day, long[] terms) {
        Map<Entry, Integer> shared = new HashMap<>();
        int firstWeek = Math.floorDiv(day - WINDOW_DAYS, WEEK);
        int lastWeek = Math.floorDiv(day + WINDOW_DAYS, WEEK);
        for (long t : terms) {
            for (int week = firstWeek; week <= lastWeek; week++) {
                List<Entry> list = postings.get(key(t, week));
                if (list == null || list.size() > MAX_POSTINGS) {
                    continue;
                }
                for (Entry e : list) {
                    if (Math.abs(e.day - day) <= WINDOW_DAYS) {
                        shared.merge(e, 1, Integer::sum);
                    }
                }
            }
        }
        Entry best = null;
        double bestScore = 0;
        for (Map.Entry<Entry, Integer> c : shared.entrySet()) {
            int n = c.getValue();
            double jaccard = n / (double) (terms.length + c.getKey().terms.length - n);
            boolean better = jaccard > bestScore || jaccard == bestScore && best != null
                    && c.getKey().id.compareTo(best.id) < 0;
            if (n >= MIN_SHARED && jaccard >= MIN_JACCARD && better) {
                best = c.getKey();
                bestScore = jaccard;
            }
        }
        return best;
    }
}
