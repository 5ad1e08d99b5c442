package org.annals.code;

import org.annals.analyze.ArticleAnalysis;
import org.annals.analyze.EventCoder;
import org.annals.model.Event;

import java.util.List;

/** The PLOVER coder as the last stage of {@code annals analyze}. */
public final class PloverEventCoder implements EventCoder {
    private final PloverCoder coder;

    public PloverEventCoder(PloverCoder coder) {
        this.coder = coder;
    }

    @Override
    public List<Event> code(ArticleAnalysis analysis) {
        return coder.code(new AnalyzedInput(analysis.annotated(), analysis.entities(), analysis.times(),
                analysis.article().published(), analysis.article().dateline()));
    }
}
