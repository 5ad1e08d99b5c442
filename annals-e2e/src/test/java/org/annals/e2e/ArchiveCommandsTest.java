package org.annals.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every archive command through the real {@code ./annals}, on an archive of the bundled sample corpus. */
class ArchiveCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static String data;
    private static AnnalsProcess ingest;

    @BeforeAll
    static void ingestTheSamples() {
        data = dir.resolve("archive").toString();
        ingest = AnnalsProcess.run("ingest", "--data", data, AnnalsProcess.ROOT.resolve("samples/corpus").toString());
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError(line, e);
        }
    }

    @Test
    void ingestStoresEverySampleAndSaysSoOnOneLine() {
        assertThat(ingest.status()).isZero();
        assertThat(ingest.errorLines().stream().filter(l -> !l.startsWith("annals: building"))).hasSize(1);
        assertThat(ingest.err()).contains("annals: ingested ").contains(" 0 failures");
        JsonNode stats = json(AnnalsProcess.run("stats", "--data", data, "--format", "json").out());
        assertThat(stats.get("articles").asLong()).isGreaterThanOrEqualTo(40);
        assertThat(stats.has("entities") && stats.has("events") && stats.has("quotes") && stats.has("stories")
                && stats.has("duplicates") && stats.has("failures")).isTrue();
    }

    @Test
    void reIngestAddsNothing() {
        long before = json(AnnalsProcess.run("stats", "--data", data, "--format", "json").out()).get("articles").asLong();
        AnnalsProcess again = AnnalsProcess.run("ingest", "--data", data,
                AnnalsProcess.ROOT.resolve("samples/corpus").toString());
        assertThat(again.status()).isZero();
        assertThat(again.err()).contains("ingested 0 articles").contains(before + " already archived");
        assertThat(json(AnnalsProcess.run("stats", "--data", data, "--format", "json").out()).get("articles").asLong())
                .isEqualTo(before);
    }

    @Test
    void searchFindsRankedHighlightedArticles() {
        AnnalsProcess search = AnnalsProcess.run("search", "--data", data, "--format", "jsonl", "earthquake");
        assertThat(search.status()).isZero();
        List<JsonNode> hits = search.lines().stream().map(ArchiveCommandsTest::json).toList();
        assertThat(hits).hasSizeGreaterThanOrEqualTo(3);
        assertThat(hits).allMatch(h -> h.has("id") && h.has("title") && h.has("published") && h.has("source")
                && h.has("score") && h.get("snippet").asText().contains("<b>"));
        assertThat(hits.get(0).get("score").asDouble()).isGreaterThanOrEqualTo(hits.get(1).get("score").asDouble());
    }

    @Test
    void searchFiltersByDate() {
        List<String> hits = AnnalsProcess.run("search", "--data", data, "--format", "jsonl", "--from", "2025-03-01",
                "--to", "2025-03-31", "earthquake").lines();
        assertThat(hits).isNotEmpty().allMatch(h -> json(h).get("published").asText().startsWith("2025-03"));
    }

    @Test
    void aBadQueryIsAUsageError() {
        AnnalsProcess search = AnnalsProcess.run("search", "--data", data, "title:(moon");
        assertThat(search.status()).isEqualTo(2);
        assertThat(search.err()).contains("cannot parse the query");
    }

    @Test
    void sqlReadsTheTables() {
        AnnalsProcess sql = AnnalsProcess.run("sql", "--data", data, "--format", "jsonl",
                "SELECT count(*) AS n, count(DISTINCT id) AS ids FROM articles");
        assertThat(sql.status()).isZero();
        JsonNode row = json(sql.lines().get(0));
        assertThat(row.get("n").asLong()).isEqualTo(row.get("ids").asLong()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void sqlCannotChangeTheArchive() {
        AnnalsProcess sql = AnnalsProcess.run("sql", "--data", data, "DELETE FROM articles");
        assertThat(sql.status()).isEqualTo(2);
        assertThat(sql.err()).contains("read-only");
        assertThat(json(AnnalsProcess.run("stats", "--data", data, "--format", "json").out()).get("articles").asLong())
                .isGreaterThanOrEqualTo(40);
    }

    @Test
    void queryCommandsRunOnAnArchiveWithoutLanguageLayers() {
        for (String[] args : List.of(new String[]{"events", "--actor", "Xi Jinping"}, new String[]{"quotes"},
                new String[]{"timeline", "Xi Jinping"}, new String[]{"failures"})) {
            String[] full = new String[args.length + 2];
            full[0] = args[0];
            full[1] = "--data";
            full[2] = data;
            System.arraycopy(args, 1, full, 3, args.length - 1);
            AnnalsProcess run = AnnalsProcess.run(full);
            assertThat(run.status()).as(String.join(" ", args)).isZero();
            assertThat(run.err()).isEmpty();
        }
    }

    @Test
    void exportsEveryFormat() throws IOException {
        for (String format : List.of("jsonl", "csv", "parquet", "gdelt")) {
            Path out = dir.resolve("export." + format);
            AnnalsProcess export = AnnalsProcess.run("export", "--data", data, "--format", format, "--out", out.toString());
            assertThat(export.status()).as(format).isZero();
            assertThat(out).exists();
        }
        List<String> lines = Files.readAllLines(dir.resolve("export.jsonl"));
        assertThat(lines).hasSizeGreaterThanOrEqualTo(40).allMatch(l -> json(l).has("entities"));
    }

    @Test
    void aForeignFolderIsRefusedAndLeftAlone() throws IOException {
        Path foreign = Files.createDirectories(dir.resolve("foreign"));
        Files.writeString(foreign.resolve("thesis.txt"), "my thesis");
        AnnalsProcess run = AnnalsProcess.run("ingest", "--data", foreign.toString(),
                AnnalsProcess.ROOT.resolve("samples/corpus/text").toString());
        assertThat(run.status()).isEqualTo(3);
        assertThat(run.err()).contains("not an Annals archive");
        try (var files = Files.list(foreign)) {
            assertThat(files).containsExactly(foreign.resolve("thesis.txt"));
        }
        assertThat(AnnalsProcess.run("search", "--data", foreign.toString(), "x").err()).contains("not an Annals archive");
    }
}
