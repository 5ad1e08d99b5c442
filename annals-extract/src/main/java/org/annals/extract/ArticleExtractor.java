package org.annals.extract;

import org.annals.decode.DecodedText;
import org.annals.decode.Decoder;
import org.annals.extract.html.HtmlPageExtractor;
import org.annals.extract.text.TextPageExtractor;
import org.annals.model.Article;
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
        String title = doc.title() != null ? doc.title() : page.title();
        String published = doc.published() != null ? doc.published() : page.published();
        String language = page.language() != null ? page.language() : languages.identify(page.text());
        return new Article(doc.id(), doc.source(), title, published, page.publishedText(), page.authors(),
                page.publisher(), page.dateline(), page.section(), page.tags(), language, page.text(),
                page.related(), removed);
    }
}
