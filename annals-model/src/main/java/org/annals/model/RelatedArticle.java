package org.annals.model;

import java.util.List;

/**
 * A teaser for another article found on the page: not part of this article.
 *
 * @param title the teaser's headline
 * @param text  its snippet, or null when the teaser has only a headline
 * @param tags  tags printed with the teaser ("Title | tag | tag")
 */
public record RelatedArticle(String title, String text, List<String> tags) {
    public RelatedArticle {
        tags = List.copyOf(tags);
    }
}
