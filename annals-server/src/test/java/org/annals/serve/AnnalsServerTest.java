package org.annals.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST API end to end over HTTP, against a server on a random port over a temporary archive. */
class AnnalsServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "test-token-0123456789";

    @TempDir
    static Path dir;
    static AnnalsServer server;
    static HttpClient http;
    static String talksId;
    static String returnsId;

    @BeforeAll
    static void start() throws IOException {
        TestArchive.create(dir.resolve("archive"));
        server = AnnalsServer.start(new ServerOptions(dir.resolve("archive"), "127.0.0.1", 0, TOKEN,
                TestArchive.extractor(), 64 * 1024, ServerOptions.DEFAULT_QUERY_TIMEOUT));
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        talksId = TestArchive.fixture(TestArchive.TALKS).article().id();
        returnsId = TestArchive.fixture(TestArchive.RETURNS).article().id();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return JSON.readTree(r.body());
    }

    @Test
    void healthSaysUpAndWhetherIngestIsOn() throws Exception {
        HttpResponse<String> r = get("/api/health");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).path("status").asText()).isEqualTo("ok");
        assertThat(json(r).path("ingest").asBoolean()).isTrue();
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[]{"/", "/api/health", "/static/annals.js", "/no/such/page"}) {
            HttpResponse<String> r = get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValue(AnnalsServer.CSP);
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
    }

    @Test
    void searchFindsArticlesWithTheContractFields() throws Exception {
        HttpResponse<String> r = get("/api/search?q=harbour");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode n = json(r);
        assertThat(n.path("total").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode first = n.path("results").get(0);
        for (String field : new String[]{"id", "title", "published", "source", "score", "snippet"}) {
            assertThat(first.has(field)).as(field).isTrue();
        }
    }

    @Test
    void searchFiltersByActorCategoryAndDate() throws Exception {
        JsonNode byCategory = json(get("/api/search?category=ACCUSE"));
        assertThat(byCategory.path("results")).extracting(h -> h.path("id").asText()).containsExactly(returnsId);
        JsonNode byDate = json(get("/api/search?from=2026-03-03&to=2026-03-03"));
        assertThat(byDate.path("results")).extracting(h -> h.path("id").asText()).containsExactly(returnsId);
        JsonNode byActor = json(get("/api/search?actor=Erik%20Dahl"));
        assertThat(byActor.path("total").asInt()).isEqualTo(1);
    }

    @Test
    void searchPagesWithAnExactTotalAndFiltersByOutlet() throws Exception {
        JsonNode all = json(get("/api/search"));
        long total = all.path("total").asLong();
        assertThat(total).isEqualTo(all.path("results").size()).isGreaterThanOrEqualTo(3);
        JsonNode second = json(get("/api/search?pageSize=1&page=1"));
        assertThat(second.path("total").asLong()).isEqualTo(total);
        assertThat(second.path("results")).hasSize(1);
        assertThat(second.path("results").get(0).path("id").asText()).isEqualTo(all.path("results").get(1).path("id").asText());
        assertThat(second.has("capped")).isFalse();
        JsonNode byOutlet = json(get("/api/search?outlet=Nordic%20Wire"));
        assertThat(byOutlet.path("results")).extracting(h -> h.path("id").asText()).containsExactly(returnsId);
        assertThat(get("/api/search?pageSize=101").statusCode()).isEqualTo(400);
        assertThat(get("/api/search?pageSize=100&page=100").statusCode()).isEqualTo(400);
    }

    @Test
    void outletFacetLinksUseTheOutletFilter() throws Exception {
        String page = get("/?q=*").body();
        assertThat(page).contains("outlet=Nordic").doesNotContain("outlet%3A");
    }

    @Test
    void badParametersAreJson400s() throws Exception {
        for (String path : new String[]{"/api/search?from=yesterday", "/api/search?category=DANCE",
                "/api/search?page=-1", "/api/search?q=%22unclosed", "/api/events?limit=0", "/api/articles/not-an-id",
                "/api/events?format=xml"}) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            assertThat(json(r).path("error").asText()).as(path).isNotBlank();
        }
    }

    @Test
    void articleIsTheStoredContractJson() throws Exception {
        JsonNode n = json(get("/api/articles/" + talksId));
        assertThat(n.path("id").asText()).isEqualTo(talksId);
        assertThat(n.path("events")).hasSize(3);
        assertThat(n.path("entities").get(0).path("mentions").get(0).get(0).isInt()).isTrue();
    }

    @Test
    void unknownThingsAreJson404s() throws Exception {
        for (String path : new String[]{"/api/articles/" + "ab".repeat(32), "/api/articles/" + "ab".repeat(32) + "%233",
                "/api/entities/PERSON:XXX:nobody",
                "/api/stories/" + "cd".repeat(32), "/api/nothing"}) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(json(r).path("error").asText()).as(path).isNotBlank();
        }
    }

    @Test
    void entitiesAreFoundByNameAndShowTimelineAndNetwork() throws Exception {
        JsonNode found = json(get("/api/entities?q=vella"));
        assertThat(found.path("results")).isNotEmpty();
        String id = found.path("results").get(0).path("id").asText();
        JsonNode vella = json(get("/api/entities/" + Links.segment(id)));
        assertThat(vella.path("name").asText()).isEqualTo("Maria Vella");
        assertThat(vella.path("roles")).extracting(JsonNode::asText).contains("President of Malta");
        assertThat(vella.path("timeline")).extracting(t -> t.path("category").asText()).contains("CONSULT", "REQUEST");
        assertThat(vella.path("network")).extracting(t -> t.path("name").asText()).contains("Jonas Berg");
    }

    @Test
    void eventsAreFilteredByActorRecipientCategoryAndDate() throws Exception {
        JsonNode all = json(get("/api/events"));
        assertThat(all.path("total").asInt()).isEqualTo(6);
        JsonNode toVella = json(get("/api/events?recipient=vella"));
        assertThat(toVella.path("results")).extracting(e -> e.path("category").asText())
                .containsExactly("SUPPORT", "REQUEST");
        JsonNode byBerg = json(get("/api/events?actor=berg&category=REQUEST&from=2026-03-03&to=2026-03"));
        assertThat(byBerg.path("results")).hasSize(1);
        assertThat(byBerg.path("results").get(0).path("recipients").get(0).path("name").asText()).isEqualTo("Maria Vella");
    }

    @Test
    void eventsComeAsCsvWithFormulasDefused() throws Exception {
        HttpResponse<String> r = get("/api/events?format=csv&category=CONSULT");
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(r.body()).startsWith("\"date\",\"category\"").contains("\"Maria Vella\"");
        assertThat(Csv.cell("=HYPERLINK(1)")).isEqualTo("\"'=HYPERLINK(1)\"");
    }

    @Test
    void quotesAreListedBySpeaker() throws Exception {
        JsonNode n = json(get("/api/quotes?speaker=berg"));
        assertThat(n.path("results")).extracting(q -> q.path("text").asText())
                .containsExactly("We will build this harbour together,", "the ferry link could open next year");
    }

    @Test
    void statsCountEveryLayer() throws Exception {
        JsonNode n = json(get("/api/stats"));
        assertThat(n.path("articles").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(n.path("events").asLong()).isEqualTo(6);
        assertThat(n.path("quotes").asLong()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void storiesListTheirArticles() throws Exception {
        JsonNode story = json(get("/api/stories/" + talksId));
        assertThat(story.path("articles")).extracting(a -> a.path("id").asText()).containsExactly(talksId, returnsId);
        assertThat(story.path("actors")).extracting(a -> a.path("name").asText()).contains("Maria Vella", "Jonas Berg");
    }

    @Test
    void openApiDocumentNamesEveryEndpoint() throws Exception {
        JsonNode n = json(get("/api/openapi.json"));
        assertThat(n.path("openapi").asText()).startsWith("3.");
        assertThat(n.path("paths").fieldNames()).toIterable().contains("/api/health", "/api/search",
                "/api/articles/{id}", "/api/entities", "/api/entities/{id}", "/api/events", "/api/quotes",
                "/api/stories/{id}", "/api/stats", "/api/ingest");
    }

    @Test
    void ingestNeedsTheToken() throws Exception {
        byte[] page = TestArchive.bytes("hostile-page.html");
        HttpResponse<String> none = post("/api/ingest", page, null);
        assertThat(none.statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = post("/api/ingest", page, "Bearer nope");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(json(wrong).path("error").asText()).contains("token");
    }

    @Test
    void ingestStoresAPostedPageAndServesIt() throws Exception {
        byte[] page = "Tide tables\n\nThe harbour office printed new tide tables for the winter months on Thursday, and the ferry crews collected them at noon.\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> r = post("/api/ingest", page, "Bearer " + TOKEN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode n = json(r);
        assertThat(n.path("stored").asLong() + n.path("present").asLong()).isEqualTo(1);
        assertThat(get("/api/articles/" + n.path("id").asText()).statusCode()).isEqualTo(200);
        assertThat(json(get("/api/search?q=tide")).path("total").asInt()).isEqualTo(1);
    }

    @Test
    void tooLargeBodiesAre413() throws Exception {
        HttpResponse<String> r = post("/api/ingest", new byte[100 * 1024], "Bearer " + TOKEN);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(json(r).path("error").asText()).contains("larger");
    }

    @Test
    void htmlPagesAnswerWithHtmlErrors() throws Exception {
        HttpResponse<String> r = get("/articles/" + "ab".repeat(32));
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        HttpResponse<String> bad = get("/articles/..%2F..%2Fetc%2Fpasswd");
        assertThat(bad.statusCode()).isIn(400, 404);
        assertThat(bad.body()).doesNotContain("root:");
    }

    @Test
    void aForeignHostHeaderIsRefused() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /api/stats HTTP/1.1\r\nHost: rebound.example.com\r\n"
                    + "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 403").contains("\"error\"").doesNotContain("\"articles\"");
        }
        assertThat(AnnalsServer.isLoopbackHost("localhost:8080")).isTrue();
        assertThat(AnnalsServer.isLoopbackHost("[::1]:8080")).isTrue();
        assertThat(AnnalsServer.isLoopbackHost("127.0.0.1")).isTrue();
        assertThat(AnnalsServer.isLoopbackHost("127.0.0.1.evil.example:80")).isFalse();
    }

    @Test
    void malformedRequestsGetJsonErrorsWithoutStackTraces() throws Exception {
        for (String target : new String[]{"/api/%", "/articles/%00", "/..%2f..%2fetc/passwd"}) {
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(answer).as(target).startsWith("HTTP/1.1 400").contains("{\"error\":")
                        .contains("Content-Security-Policy").doesNotContain("at org.").doesNotContain("Exception");
            }
        }
    }

    static HttpResponse<String> post(String path, byte[] body, String auth) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
