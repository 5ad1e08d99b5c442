package org.annals.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * One input file being read.
 *
 * @param name   the file as the user named it (or as found in a directory), for messages
 * @param path   where its bytes are
 * @param uri    the file's URI, for {@code source.uri}
 * @param sha256 hex SHA-256 of its bytes as stored; null while only its head is sniffed
 * @param gzip   whether its bytes are gzip-compressed
 */
record Input(String name, Path path, String uri, String sha256, boolean gzip) {

    /** The content, decompressed when gzipped. */
    InputStream openContent() throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(path), 65536);
        try {
            return gzip ? new BufferedInputStream(new GZIPInputStream(raw, 65536), 65536) : raw;
        } catch (IOException e) {
            raw.close();
            throw e;
        }
    }

    /** The id of the input's only article. */
    String id() {
        return sha256;
    }

    /** The id of the {@code ordinal}-th (1-based) article of an input holding several. */
    String id(int ordinal) {
        return sha256 + "#" + ordinal;
    }
}
