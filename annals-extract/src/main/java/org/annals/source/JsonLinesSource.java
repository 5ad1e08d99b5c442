package org.annals.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.annals.model.Source;
import org.annals.model.SourceFormat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads JSON Lines: one object per line, {@code {"url"?, "html"? | "text"?, "title"?, "published"?}}.
 * A line that is not such an object becomes a failure naming {@code FILE:LINE}; the others go on.
 */
final class JsonLinesSource {
    /** A line may hold a page at the limit, escaped. */
    static final int MAX_LINE_BYTES = Sources.MAX_PAGE_BYTES * 2;

    /** Jackson refuses strings over 20 M chars by default; a line within our own limit must parse. */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_LINE_BYTES).build())
            .build());

    private JsonLinesSource() {
    }

    /** Hands one document per good line to the sink, and one failure per bad line. */
    static void read(Input input, DocumentSink sink) {
        int lineNumber = 0;
        try (InputStream in = input.openContent()) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            while (true) {
                lineNumber++;
                boolean more = readLine(in, line);
                if (line.size() > MAX_LINE_BYTES) {
                    sink.failure(new SourceFailure(input.name() + ":" + lineNumber,
                            "line longer than " + MAX_LINE_BYTES + " bytes; skipped"));
                } else if (line.size() > 0) {
                    // The article's number is its line, like its FILE#LINE uri: a bad line shifts no later id.
                    SourceDocument doc = parse(input, lineNumber, lineNumber, line.toString(StandardCharsets.UTF_8), sink);
                    if (doc != null) {
                        sink.document(doc);
                    }
                }
                line.reset();
                if (!more) {
                    break;
                }
            }
        } catch (IOException e) {
            sink.failure(new SourceFailure(input.name() + ":" + lineNumber, Limits.describe(e, input.gzip())));
        }
    }

    /** Reads up to the next newline into {@code line} (keeping at most one byte past the limit). */
    private static boolean readLine(InputStream in, ByteArrayOutputStream line) throws IOException {
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                return true;
            }
            if (line.size() <= MAX_LINE_BYTES) {
                line.write(b);
            }
        }
        return false;
    }

    private static SourceDocument parse(Input input, int lineNumber, int ordinal, String line, DocumentSink sink) {
        if (line.isBlank()) {
            return null;
        }
        String where = input.name() + ":" + lineNumber;
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            sink.failure(new SourceFailure(where, "not a JSON object: "
                    + e.getOriginalMessage().lines().findFirst().orElse("")));
            return null;
        }
        if (node == null || !node.isObject()) {
            sink.failure(new SourceFailure(where, "not a JSON object"));
            return null;
        }
        String url = text(node, "url");
        String html = text(node, "html");
        String body = text(node, "text");
        if (html == null && body == null) {
            sink.failure(new SourceFailure(where, "object has neither \"html\" nor \"text\""));
            return null;
        }
        String uri = url != null && !url.isBlank() ? url : input.name() + "#" + lineNumber;
        PayloadKind kind = html != null ? PayloadKind.HTML : PayloadKind.CLEAN_TEXT;
        byte[] bytes = (html != null ? html : body).getBytes(StandardCharsets.UTF_8);
        boolean cut = bytes.length > Sources.MAX_PAGE_BYTES;
        if (cut) {
            bytes = Limits.cutAtBoundary(java.util.Arrays.copyOf(bytes, Sources.MAX_PAGE_BYTES));
        }
        return new SourceDocument(input.id(ordinal), new Source(uri, SourceFormat.JSONL, null), kind, bytes,
                "UTF-8", text(node, "title"), text(node, "published"), cut);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : null;
    }
}
