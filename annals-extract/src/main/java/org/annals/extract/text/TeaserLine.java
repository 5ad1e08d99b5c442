package org.annals.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A headline followed by its tags, "Headline | tag | tag": the trailing items of a bar-separated line that
 * are a few words each are tags, the rest is the headline as printed.
 *
 * @param headline the headline
 * @param tags     the tags, possibly none
 */
record TeaserLine(String headline, List<String> tags) {
    private static final int MAX_TAG_WORDS = 3;
    private static final int MAX_TAG_CHARS = 30;
    /** Below this the leading part is a column name, not a headline that tags could follow. */
    private static final int MIN_HEADLINE_WORDS = 4;

    TeaserLine {
        tags = List.copyOf(tags);
    }

    /** Splits a line into headline and tags; a line without tags gives itself and none. */
    static TeaserLine of(String text) {
        String[] items = LineClassifier.pipeItems(text);
        int cut = items.length;
        while (cut > 1 && isTag(items[cut - 1])) {
            cut--;
        }
        String headline = String.join(" | ", java.util.Arrays.copyOf(items, cut)).strip();
        if (cut == items.length || LineFeatures.of(headline).words() < MIN_HEADLINE_WORDS) {
            return new TeaserLine(text, List.of());
        }
        List<String> tags = new ArrayList<>();
        for (int i = cut; i < items.length; i++) {
            tags.add(items[i].strip());
        }
        return new TeaserLine(headline, tags);
    }

    /** Whether the line carries tags. */
    boolean tagged() {
        return !tags.isEmpty();
    }

    private static boolean isTag(String item) {
        String s = item.strip();
        return !s.isEmpty() && s.length() <= MAX_TAG_CHARS && s.split(" ").length <= MAX_TAG_WORDS
                && !LineFeatures.endsLikeSentence(s);
    }
}
