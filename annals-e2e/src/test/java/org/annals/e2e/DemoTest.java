package org.annals.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's first command, {@code ./annals demo}, as a newcomer runs it: the printed URL serves the sample corpus. */
class DemoTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theDemoServesTheSampleCorpusAtThePrintedUrl() throws Exception {
        Process demo = new ProcessBuilder(List.of(AnnalsProcess.ROOT.resolve("annals").toString(), "demo",
                "--data", dir.resolve("demo").toString(), "--port", "0"))
                .directory(AnnalsProcess.ROOT.toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        try {
            String url;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8))) {
                url = out.readLine();
                assertThat(url).as("the printed URL").startsWith("http://127.0.0.1:");
                HttpClient http = HttpClient.newHttpClient();
                JsonNode stats = JSON.readTree(get(http, url + "api/stats"));
                assertThat(stats.path("articles").asInt()).isGreaterThanOrEqualTo(40);
                // The demo stores the whole analysis, so the reader has evidence to show.
                assertThat(List.of(stats.path("events").asInt(), stats.path("quotes").asInt()))
                        .allMatch(n -> n > 0);
                JsonNode hits = JSON.readTree(get(http, url + "api/search?q=summit"));
                assertThat(hits.path("total").asInt()).isPositive();
                String id = hits.path("results").get(0).path("id").asText();
                String page = get(http, url + "articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
                assertThat(page).contains("<article", "id=\"text\"");
                assertThat(get(http, url + "?q=summit")).contains("class=\"hit\"");
            }
        } finally {
            demo.destroy();
            if (!demo.waitFor(30, TimeUnit.SECONDS)) {
                demo.destroyForcibly();
            }
        }
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(url).isEqualTo(200);
        return r.body();
    }
}
