package org.annals.extract;

import org.annals.model.Dateline;
import org.annals.model.RelatedArticle;
import org.annals.model.Removal;

import java.util.List;

/**
 * What an extractor read from one page: the article fields without id and source.
 * See {@link org.annals.model.Article} for the meaning of each field.
 */
public record ExtractedPage(String title, String published, String publishedText, List<String> authors,
                            String publisher, Dateline dateline, String section, List<String> tags,
                            String language, String text, List<RelatedArticle> related, List<Removal> removed) {
    public ExtractedPage {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        related = List.copyOf(related);
        removed = List.copyOf(removed);
        text = text == null ? "" : text;
    }

    /** A page with only a body and nothing else known. */
    public static ExtractedPage ofText(String text) {
        return new ExtractedPage(null, null, null, List.of(), null, null, null, List.of(), null, text,
                List.of(), List.of());
    }
}
