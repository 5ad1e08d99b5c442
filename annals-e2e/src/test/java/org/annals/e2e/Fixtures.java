package org.annals.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Small inputs of every format, written for these tests. */
final class Fixtures {
    static final String BODY_ONE = "Engineers reopened the old harbour bridge on Monday after eight months of repairs, "
            + "the city council said in a statement.";
    static final String BODY_TWO = "The council plans a second phase of work on the northern quay next spring, "
            + "according to the harbour master.";

    private Fixtures() {
    }

    static String htmlPage(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head>"
                + "<body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>" + title
                + "</h1><p>" + body + "</p><p>" + BODY_TWO + "</p></article>"
                + "<footer>Copyright 2024 Harbour Times</footer></body></html>";
    }

    static String textPage(String title, String body) {
        return title + "\n\nRelease time:Mar 04, 2024 09:30 AM\n\n" + body + "\n\n" + BODY_TWO + "\n";
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(buffer)) {
            out.write(bytes);
        }
        return buffer.toByteArray();
    }

    /** One WARC record, gzipped on its own as crawlers write them. */
    static byte[] warcRecord(String type, String uri, String contentType, String payload) throws IOException {
        byte[] content = payload.getBytes(StandardCharsets.UTF_8);
        String header = "WARC/1.0\r\n"
                + "WARC-Type: " + type + "\r\n"
                + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes((type + uri).getBytes()) + ">\r\n"
                + "WARC-Date: 2024-03-04T10:15:00Z\r\n"
                + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + content.length + "\r\n\r\n";
        ByteArrayOutputStream record = new ByteArrayOutputStream();
        record.write(header.getBytes(StandardCharsets.UTF_8));
        record.write(content);
        record.write("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        return gzip(record.toByteArray());
    }

    static String httpResponse(String html) {
        int length = html.getBytes(StandardCharsets.UTF_8).length;
        return "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + length
                + "\r\n\r\n" + html;
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    static Path write(Path dir, String name, String text) throws IOException {
        return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }
}
