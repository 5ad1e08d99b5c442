package org.annals.archive;

/** The formats {@code annals export} writes. */
public enum ExportFormat {
    /** The article contract, one JSON object per line, exactly as stored. */
    jsonl,
    /** The articles table without its JSON column, with a header row. */
    csv,
    /** The articles table without its JSON column, as Apache Parquet. */
    parquet,
    /** Events in the GDELT 2.0 event table's columns, tab-separated, no header. */
    gdelt
}
