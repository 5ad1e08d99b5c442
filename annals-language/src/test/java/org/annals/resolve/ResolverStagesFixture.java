package org.annals.resolve;

import org.annals.annotate.corenlp.CoreNlpAnnotator;
import org.annals.model.Entity;
import org.annals.resolve.place.Gazetteer;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** The resolver on a sentence, for tests of its stages: CoreNLP loaded once for all of them. */
final class ResolverStagesFixture {
    private static final CoreNlpAnnotator ANNOTATOR = CoreNlpAnnotator.load();
    private static final EntityResolver RESOLVER = new EntityResolver(new SmallKnowledge(), Gazetteer.bundled());

    private ResolverStagesFixture() {
    }

    static List<Entity> resolve(String text) {
        return RESOLVER.resolve(ANNOTATOR.annotate(text), LocalDate.of(2024, 5, 16));
    }

    /** Each entity as "TYPE:mention|mention". */
    static List<String> clusters(String text) {
        return resolve(text).stream().map(e -> e.type() + ":" + e.mentions().stream().map(s -> s.of(text))
                .collect(Collectors.joining("|"))).toList();
    }
}
