package org.annals.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kind of input an article was read from, as named in the JSON contract. */
public enum SourceFormat {
    TEXT, HTML, WARC, FEED, JSONL;

    /** The contract's lower-case name, e.g. {@code "warc"}. */
    @JsonValue
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
