package org.annals.analyze;

import org.annals.model.Event;

import java.util.List;

/** The last stage of analysis: the events of an article, read from its other layers. */
@FunctionalInterface
public interface EventCoder {
    /** A coder for when no event coder is configured: no events. */
    EventCoder NONE = analysis -> List.of();

    /** The events of the analysed article. */
    List<Event> code(ArticleAnalysis analysis);
}
