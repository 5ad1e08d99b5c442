package org.annals.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a quote gives the speaker's words or reports them. */
public enum QuoteKind {
    DIRECT, REPORTED;

    @JsonValue
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
