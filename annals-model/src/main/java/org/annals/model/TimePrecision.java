package org.annals.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How precisely a normalised time expression places its moment on the calendar. */
public enum TimePrecision {
    YEAR, QUARTER, MONTH, WEEK, DAY, HOUR, MINUTE;

    @JsonValue
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
