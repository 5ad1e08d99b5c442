package org.annals.annotate;

/** The language models could not be loaded; nothing can be analysed. */
public class AnnotatorUnavailableException extends RuntimeException {
    public AnnotatorUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
