package org.annals.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;

/** Bounded reads and the messages for the ways they fail. */
final class Limits {
    private Limits() {
    }

    /** Up to {@code max} bytes of the stream, and whether there were more. */
    record Bounded(byte[] bytes, boolean cut) {
    }

    /** Reads at most {@code max} bytes; {@code cut} tells whether the stream held more. */
    static Bounded readBounded(InputStream in, int max) throws IOException {
        byte[] bytes = in.readNBytes(max);
        boolean cut = bytes.length == max && in.read() >= 0;
        return new Bounded(cut ? cutAtBoundary(bytes) : bytes, cut);
    }

    /**
     * Bytes cut at a character boundary near the end, so a multi-byte character is not split
     * (a split one would make valid UTF-8 look invalid).
     */
    static byte[] cutAtBoundary(byte[] bytes) {
        int end = bytes.length;
        int floor = Math.max(0, end - 4096);
        for (int i = end - 1; i >= floor; i--) {
            if (bytes[i] == '\n') {
                return java.util.Arrays.copyOf(bytes, i + 1);
            }
        }
        for (int i = end - 1; i >= Math.max(0, end - 8); i--) {
            if ((bytes[i] & 0x80) == 0) {
                return java.util.Arrays.copyOf(bytes, i + 1);
            }
        }
        return bytes;
    }

    /** A one-line message for an I/O failure while reading content. */
    static String describe(IOException e, boolean gzip) {
        if (gzip && (e instanceof java.io.EOFException
                || String.valueOf(e.getMessage()).contains("Unexpected end of ZLIB input stream"))) {
            return "truncated gzip data";
        }
        if (gzip && e instanceof ZipException) {
            return "corrupt gzip data (" + e.getMessage() + ")";
        }
        String msg = e.getMessage();
        return msg == null ? e.getClass().getSimpleName() : msg.replace('\n', ' ');
    }
}
