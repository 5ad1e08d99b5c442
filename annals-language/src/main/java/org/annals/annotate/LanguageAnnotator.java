package org.annals.annotate;

/**
 * Splits a text into sentences and tokens and tags named entities. Implementations are
 * thread-safe and load their models once.
 */
public interface LanguageAnnotator {
    /** Whether this annotator's models read text in the language with this ISO 639-1 code. */
    boolean reads(String language);

    /** The sentences, tokens and named mentions of {@code text}. */
    AnnotatedText annotate(String text);
}
