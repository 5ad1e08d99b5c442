package org.annals.source;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A sink for tests: keeps what it is handed. */
final class Collected implements DocumentSink {
    final List<SourceDocument> documents = new ArrayList<>();
    final List<SourceFailure> failures = new ArrayList<>();
    SourceStats stats;

    static Collected read(Sources sources, String input) {
        Collected c = new Collected();
        c.stats = sources.read(input, c);
        return c;
    }

    static Collected read(String input) {
        return read(new Sources(java.io.InputStream.nullInputStream()), input);
    }

    @Override
    public void document(SourceDocument document) {
        documents.add(document);
    }

    @Override
    public void failure(SourceFailure failure) {
        failures.add(failure);
    }

    String payload(int i) {
        return new String(documents.get(i).payload(), StandardCharsets.UTF_8);
    }
}
