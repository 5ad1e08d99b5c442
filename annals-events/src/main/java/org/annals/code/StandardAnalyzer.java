package org.annals.code;

import org.annals.analyze.ArticleAnalyzer;
import org.annals.annotate.corenlp.CoreNlpParser;
import org.annals.resolve.ActorKnowledge;
import org.annals.resolve.place.Gazetteer;

/** The whole analysis {@code annals analyze} and {@code annals ingest} run, events included. */
public final class StandardAnalyzer {
    private StandardAnalyzer() {
    }

    /**
     * Loads the models (CoreNLP's tagger and parser, about 3 s) and composes every stage.
     *
     * @throws org.annals.annotate.AnnotatorUnavailableException when the models cannot be loaded
     */
    public static ArticleAnalyzer create(ActorKnowledge knowledge) {
        PloverCoder coder = new PloverCoder(CoreNlpParser.load(), new GazetteerPlaces(Gazetteer.bundled()));
        return ArticleAnalyzer.standard(knowledge, new PloverEventCoder(coder));
    }
}
