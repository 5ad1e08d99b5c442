package org.annals.extract.text;

import org.annals.extract.ExtractedPage;
import org.annals.extract.PageExtractor;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Extracts the article from a scraped plain-text page. */
public final class TextPageExtractor implements PageExtractor {
    @Override
    public ExtractedPage extract(String page, String baseUri) {
        String text = Arrays.stream(page.split("\\R")).map(String::strip).filter(l -> !l.isEmpty())
                .collect(Collectors.joining("\n\n"));
        return ExtractedPage.ofText(text);
    }
}
