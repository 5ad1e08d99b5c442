package org.annals.source;

/** The container format of one input file, as sniffed from its content. */
enum InputFormat {
    TEXT, HTML, WARC, FEED, JSONL,
    /** Nothing in it but whitespace. */
    EMPTY,
    /** Not text: an image, an executable, random bytes. */
    BINARY
}
