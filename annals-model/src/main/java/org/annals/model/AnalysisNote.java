package org.annals.model;

/**
 * A note on why a language layer is empty or partial, e.g. the article's language is not one the
 * models read, or a stage ran out of time.
 *
 * @param layer   the layer concerned: {@code entities}, {@code times}, {@code quotes}, {@code events} or {@code all}
 * @param message what happened, in words for the user
 */
public record AnalysisNote(String layer, String message) {
}
