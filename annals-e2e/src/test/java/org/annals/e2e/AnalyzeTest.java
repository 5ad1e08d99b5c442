package org.annals.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ./annals analyze} on pages written for these tests: one run, every article checked. */
class AnalyzeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonNode> BY_FILE = new HashMap<>();
    private static AnalyzeRun run;

    @TempDir
    static Path dir;

    private record AnalyzeRun(int status, String err) {
    }

    @BeforeAll
    static void analyzeAll() throws IOException {
        for (String name : List.of("state-visit.txt", "harbour-zh.txt")) {
            try (InputStream in = AnalyzeTest.class.getResourceAsStream("analyze/" + name)) {
                Files.write(dir.resolve(name), in.readAllBytes());
            }
        }
        Files.writeString(dir.resolve("empty.html"), "<html><head><title>Nothing here</title></head>"
                + "<body><nav><a href=\"/\">Home</a></nav></body></html>");
        StringBuilder big = new StringBuilder("Long report on river levels\n\n");
        for (int day = 1; big.length() < 2_000_000; day++) {
            big.append("On day ").append(day).append(" the engineers of the river authority said that the water near ")
                    .append("the old bridge was ").append(100 + day % 700).append(" centimetres deep, and they asked ")
                    .append("residents to stay away from the banks. ");
            if (day % 5 == 0) {
                big.append("\n\n");
            }
        }
        Files.writeString(dir.resolve("long.txt"), big);
        AnnalsProcess p = AnnalsProcess.run("analyze", dir.toString());
        run = new AnalyzeRun(p.status(), p.err());
        for (String line : p.lines()) {
            JsonNode article = JSON.readTree(line);
            String uri = article.get("source").get("uri").asText();
            BY_FILE.put(uri.substring(uri.lastIndexOf('/') + 1), article);
        }
    }

    private static JsonNode entity(JsonNode article, String name) {
        for (JsonNode e : article.get("entities")) {
            if (e.get("name").asText().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no entity " + name + " in " + article.get("entities"));
    }

    private static List<String> mentionTexts(JsonNode article, JsonNode entity) {
        String text = article.get("text").asText();
        List<String> out = new ArrayList<>();
        for (JsonNode m : entity.get("mentions")) {
            out.add(text.substring(m.get(0).asInt(), m.get(1).asInt()));
        }
        return out;
    }

    @Test
    void everyInputGivesOneArticle() {
        assertThat(BY_FILE.keySet()).as("stderr: %s", run.err())
                .containsExactlyInAnyOrder("state-visit.txt", "harbour-zh.txt", "empty.html", "long.txt");
    }

    @Test
    void theRunSucceeds() {
        assertThat(run.status()).as("stderr: %s", run.err()).isZero();
    }

    @Test
    void titledLeaderGetsRoleCountryAndSector() {
        JsonNode valli = entity(BY_FILE.get("state-visit.txt"), "Chiara Valli");
        assertThat(List.of(valli.get("country").asText(), valli.get("sector").asText(), valli.get("roles").get(0).asText()))
                .containsExactly("ITA", "GOV", "Prime Minister of Italy");
    }

    @Test
    void surnamePronounAndTitleAreMentionsOfOnePerson() {
        JsonNode article = BY_FILE.get("state-visit.txt");
        assertThat(mentionTexts(article, entity(article, "Chiara Valli")))
                .contains("Chiara Valli", "Valli", "She", "The Italian prime minister");
    }

    @Test
    void placesAreEntitiesWithTheirCountry() {
        assertThat(entity(BY_FILE.get("state-visit.txt"), "Lyon").get("type").asText()).isEqualTo("LOCATION");
    }

    @Test
    void sentencesCoverTheText() {
        assertThat(BY_FILE.get("state-visit.txt").get("sentences").size()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void chineseTextIsNotedNotGuessed() {
        JsonNode zh = BY_FILE.get("harbour-zh.txt");
        assertThat(List.of(zh.get("language").asText(), zh.get("entities").size(), zh.get("notes").get(0).get("message").asText()))
                .satisfies(l -> assertThat(l.get(2).toString()).contains("'zh'"))
                .startsWith("zh", 0);
    }

    @Test
    void emptyPageIsNoted() {
        assertThat(BY_FILE.get("empty.html").get("notes").get(0).get("message").asText()).contains("no text");
    }

    @Test
    void longArticleIsAnalysedInPartWithANote() {
        JsonNode notes = BY_FILE.get("long.txt").get("notes");
        assertThat(notes.get(0).get("message").asText()).contains("only the first");
    }
}
