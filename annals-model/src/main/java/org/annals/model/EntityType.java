package org.annals.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of named entity the contract knows. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, MISC;

    @JsonValue
    public String label() {
        return name();
    }
}
