package org.annals.code;

import org.annals.annotate.AnnotatedText;
import org.annals.annotate.corenlp.CoreNlpAnnotator;
import org.annals.annotate.corenlp.CoreNlpParser;
import org.annals.analyze.ArticleAnalyzer;
import org.annals.annotate.quote.QuoteAttributor;
import org.annals.annotate.time.TimeTagger;
import org.annals.model.Entity;
import org.annals.model.Event;
import org.annals.resolve.EntityResolver;
import org.annals.resolve.KnowledgeBaseActors;
import org.annals.resolve.kb.ActorKnowledgeBase;
import org.annals.resolve.place.Gazetteer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Test helper: the models, loaded once per test run and shared by every test class, and events as short lines. */
public final class Coding {
    public static final CoreNlpAnnotator ANNOTATOR = CoreNlpAnnotator.load();
    public static final CoreNlpParser PARSER = CoreNlpParser.load();
    public static final PloverCoder CODER = new PloverCoder(PARSER, PlaceResolver.byName());
    public static final EntityResolver RESOLVER = new EntityResolver(
            new KnowledgeBaseActors(ActorKnowledgeBase.bundled()), Gazetteer.bundled());
    /** The whole analysis, as {@code annals analyze} composes it, on the shared models. */
    public static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(ANNOTATOR, RESOLVER, new TimeTagger(),
            new QuoteAttributor(), new PloverEventCoder(CODER));

    private Coding() {
    }

    /** The input for {@code text}, with the entities the resolver finds in it. */
    static AnalyzedInput input(String text) {
        AnnotatedText annotated = ANNOTATOR.annotate(text);
        return new AnalyzedInput(annotated, RESOLVER.resolve(annotated, null), List.of(), null, null);
    }

    /** Each event as "CATEGORY/mode modality [actors] -> [recipients]", with entity names. */
    static List<String> events(String text) {
        return render(input(text), CODER.code(input(text)));
    }

    /** The categories of the events coded in {@code text}, in order. */
    static List<String> categories(String text) {
        return CODER.code(input(text)).stream().map(Event::category).toList();
    }

    static List<String> render(AnalyzedInput in, List<Event> events) {
        Map<String, String> names = new HashMap<>();
        for (Entity e : in.entities()) {
            names.put(e.id(), e.name());
        }
        return events.stream().map(e -> e.category() + "/" + e.mode() + " " + e.modality() + " "
                + e.actors().stream().map(names::get).collect(Collectors.toList()) + " -> "
                + e.recipients().stream().map(names::get).collect(Collectors.toList())).toList();
    }
}
