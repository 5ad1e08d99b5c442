package org.annals.extract.meta;

/** How precisely a printed time is known, from the coarsest to the finest. */
public enum TimePrecision {
    YEAR, MONTH, DAY, MINUTE, SECOND
}
