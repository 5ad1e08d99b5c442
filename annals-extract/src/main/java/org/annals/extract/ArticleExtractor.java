package org.annals.extract;

import org.annals.decode.DecodedText;
import org.annals.decode.Decoder;
import org.annals.extract.html.HtmlPageExtractor;
import org.annals.extract.meta.DatelineMatch;
import org.annals.extract.meta.DatelineParser;
import org.annals.extract.meta.ParsedTime;
import org.annals.extract.meta.PublicationTime;
import org.annals.extract.text.TextPageExtractor;
import org.annals.model.Article;
import org.annals.model.Dateline;
import org.annals.model.Removal;
import org.annals.model.RemovalReason;
import org.annals.source.PayloadKind;
import org.annals.source.SourceDocument;
import org.annals.source.Sources;

import java.util.ArrayList;
import java.util.List;

/**
 * The extraction chain for one document: decode, pick the extractor for the payload, name the
 * language, and assemble the contract's article. Thread-safe.
 */
public final class ArticleExtractor {
    /** Below this, n-gram detection is less reliable than what the page declares. */
    private static final int MIN_DETECTION_CHARS = 200;

    private final Decoder decoder;
    private final PageExtractor htmlExtractor;
    private final PageExtractor textExtractor;
    private final LanguageIdentifier languages;

    public ArticleExtractor(Decoder decoder, PageExtractor htmlExtractor, PageExtractor textExtractor,
                            LanguageIdentifier languages) {
        this.decoder = decoder;
        this.htmlExtractor = htmlExtractor;
        this.textExtractor = textExtractor;
        this.languages = languages;
    }

    /** The standard chain. */
    public static ArticleExtractor standard() {
        return new ArticleExtractor(new Decoder(), new HtmlPageExtractor(), new TextPageExtractor(),
                new LanguageIdentifier());
    }

    /** Extracts the article from one document. */
    public Article extract(SourceDocument doc) {
        ExtractedPage page;
        boolean html = doc.kind() == PayloadKind.HTML;
        // A clean body still gets the decoder's repairs: mojibake, garbage, controls, NFC.
        DecodedText decoded = decoder.decode(doc.payload(), doc.declaredCharset(), html);
        if (doc.kind() == PayloadKind.CLEAN_TEXT) {
            page = ExtractedPage.ofText(decoded.text().strip());
        } else {
            page = (html ? htmlExtractor : textExtractor).extract(decoded.text(), doc.source().uri());
        }
        List<Removal> removed = new ArrayList<>(decoded.removed());
        removed.addAll(page.removed());
        if (doc.truncated()) {
            removed.add(new Removal(RemovalReason.TRUNCATED, "the page was cut at " + Sources.MAX_PAGE_BYTES
                    + " bytes, or marked truncated by its archive; the rest is missing"));
        }
        if (page.text().isBlank()) {
            removed.add(new Removal(RemovalReason.EMPTY, "no article text found on the page"));
        }
        String title = doc.title() != null && !doc.title().isBlank() ? doc.title().strip() : page.title();
        String published = page.published();
        String publishedText = page.publishedText();
        if (doc.published() != null && !doc.published().isBlank()) {
            // The container (feed entry, JSON Lines row) states the time on purpose: it wins.
            publishedText = doc.published().strip();
            published = PublicationTime.parse(publishedText).map(ParsedTime::iso).orElse(null);
        }
        // The text-page extractor reads datelines itself, from the paragraph it knows opens the body.
        Dateline dateline = page.dateline() != null || doc.kind() == PayloadKind.TEXT ? page.dateline()
                : openingDateline(page.text(), published);
        return new Article(doc.id(), doc.source(), title, published, publishedText, page.authors(),
                page.publisher() != null ? page.publisher() : dateline == null ? null : dateline.agency(),
                dateline, page.section(), page.tags(), language(page), page.text(), page.related(), removed);
    }

    private static Dateline openingDateline(String text, String published) {
        int end = text.indexOf("\n\n");
        String first = end < 0 ? text : text.substring(0, end);
        return DatelineParser.parse(first, published).map(DatelineMatch::dateline).orElse(null);
    }

    /**
     * The language the body is written in. Pages often declare their site's language whatever the
     * article's, so detection on enough text wins over the declaration.
     */
    private String language(ExtractedPage page) {
        if (page.text().length() < MIN_DETECTION_CHARS && page.language() != null) {
            return page.language();
        }
        String detected = languages.identify(page.text());
        return detected != null ? detected : page.language();
    }
}
