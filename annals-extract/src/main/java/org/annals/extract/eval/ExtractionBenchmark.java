package org.annals.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The pages of an article-extraction-benchmark folder: {@code ground-truth.json} and
 * {@code html/ID.html.gz}.
 */
public final class ExtractionBenchmark {
    /** One benchmark page: its raw bytes and the body a person marked. */
    public record Page(String id, String url, byte[] html, String goldBody) {
    }

    private ExtractionBenchmark() {
    }

    /**
     * Loads every page of a benchmark folder.
     *
     * @throws IOException when the folder is not laid out as the benchmark is
     */
    public static List<Page> load(Path dir) throws IOException {
        Path truth = dir.resolve("ground-truth.json");
        if (!Files.isRegularFile(truth)) {
            throw new IOException(dir + " has no ground-truth.json: not an article-extraction-benchmark folder");
        }
        JsonNode root = new ObjectMapper().readTree(truth.toFile());
        List<Page> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Path html = dir.resolve("html").resolve(e.getKey() + ".html.gz");
            byte[] bytes;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(html))) {
                bytes = in.readAllBytes();
            }
            pages.add(new Page(e.getKey(), e.getValue().path("url").asText(null), bytes,
                    e.getValue().path("articleBody").asText("")));
        }
        return pages;
    }
}
