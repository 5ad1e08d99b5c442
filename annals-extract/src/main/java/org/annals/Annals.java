package org.annals;

import org.annals.extract.ArticleExtractor;
import org.annals.model.Article;
import org.annals.model.Source;
import org.annals.model.SourceFormat;
import org.annals.source.DocumentSink;
import org.annals.source.PayloadKind;
import org.annals.source.SourceDocument;
import org.annals.source.SourceFailure;
import org.annals.source.Sources;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The front door for using Annals as a library: one-line calls that hand off to the stages in
 * {@code org.annals.source}, {@code org.annals.decode} and {@code org.annals.extract}. For many pages,
 * build one {@link ArticleExtractor} with {@link #extractor()} and share it across threads.
 */
public final class Annals {
    private Annals() {
    }

    /** What came of reading one input: its articles, and the parts that could not be read. */
    public record Extraction(List<Article> articles, List<SourceFailure> failures) {
        public Extraction {
            articles = List.copyOf(articles);
            failures = List.copyOf(failures);
        }
    }

    /** A new extraction chain (decode, extract, language); thread-safe, and heavy enough to share. */
    public static ArticleExtractor extractor() {
        return ArticleExtractor.standard();
    }

    /**
     * Extracts the article of an HTML page.
     *
     * @param html the page's markup
     * @param uri  where it came from, for the article's {@code source} and for links; may be null
     */
    public static Article extractHtml(String html, String uri) {
        return extract(PayloadKind.HTML, SourceFormat.HTML, html, uri);
    }

    /**
     * Extracts the article of a scraped plain-text page; see {@link #extractHtml(String, String)}.
     *
     * @param page the page's text, navigation, teasers and all
     * @param uri  where it came from; may be null
     */
    public static Article extractText(String page, String uri) {
        return extract(PayloadKind.TEXT, SourceFormat.TEXT, page, uri);
    }

    /**
     * Extracts every article of a file or directory in any format Annals reads (text, HTML, WARC,
     * feeds, JSON Lines, gzip of these), detected from its content.
     */
    public static Extraction extract(Path input) {
        ArticleExtractor extractor = extractor();
        List<Article> articles = new ArrayList<>();
        List<SourceFailure> failures = new ArrayList<>();
        new Sources(InputStream.nullInputStream()).read(input.toString(), new DocumentSink() {
            @Override
            public void document(SourceDocument document) {
                try {
                    articles.add(extractor.extract(document));
                } catch (RuntimeException e) {
                    failures.add(new SourceFailure(document.source().uri(), "cannot extract: " + e));
                }
            }

            @Override
            public void failure(SourceFailure failure) {
                failures.add(failure);
            }
        });
        return new Extraction(articles, failures);
    }

    private static Article extract(PayloadKind kind, SourceFormat format, String page, String uri) {
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        return extractor().extract(new SourceDocument(Sources.sha256(bytes), new Source(uri, format, null), kind,
                bytes, "UTF-8", null, null));
    }
}
