package org.annals.source;

import org.annals.model.Source;
import org.annals.model.SourceFormat;

import java.io.IOException;
import java.io.InputStream;

/** Reads a file holding one page, plain text or HTML: one document, cut at the size limit. */
final class PageSource {
    private PageSource() {
    }

    /** Hands the page of {@code input} to the sink, or a failure. */
    static void read(Input input, boolean html, DocumentSink sink) {
        Limits.Bounded page;
        try (InputStream in = input.openContent()) {
            page = Limits.readBounded(in, Sources.MAX_PAGE_BYTES);
        } catch (IOException e) {
            sink.failure(new SourceFailure(input.name(), Limits.describe(e, input.gzip())));
            return;
        }
        SourceFormat format = html ? SourceFormat.HTML : SourceFormat.TEXT;
        sink.document(new SourceDocument(input.id(), new Source(input.uri(), format, null),
                html ? PayloadKind.HTML : PayloadKind.TEXT, page.bytes(), null, null, null, page.cut()));
    }
}
