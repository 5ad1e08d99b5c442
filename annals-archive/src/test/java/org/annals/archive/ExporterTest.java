package org.annals.archive;

import org.annals.model.ArticleJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExporterTest {
    @TempDir
    static Path dir;
    private static ArchiveReader reader;

    @BeforeAll
    static void archive() throws Exception {
        try (ArchiveWriter w = ArchiveWriter.open(dir.resolve("data"))) {
            w.commit(List.of(Articles.processed(Articles.meeting("6".repeat(64), "Mayor meets harbour master",
                    "2024-03-04"), w.raw())), List.of());
        }
        reader = ArchiveReader.open(dir.resolve("data"));
    }

    @AfterAll
    static void close() {
        reader.close();
    }

    @Test
    void jsonlIsTheStoredContractVerbatim() throws Exception {
        Path out = dir.resolve("a.jsonl");
        assertThat(new Exporter(reader).export(ExportFormat.jsonl, out)).isEqualTo(1);
        String line = Files.readString(out).strip();
        assertThat(line).isEqualTo(ArticleJson.toJsonLine(Articles.meeting("6".repeat(64),
                "Mayor meets harbour master", "2024-03-04")));
    }

    @Test
    void gdeltRowsHaveTheSixtyOneColumnsInOrder() throws Exception {
        Path out = dir.resolve("events.tsv");
        assertThat(new Exporter(reader).export(ExportFormat.gdelt, out)).isEqualTo(1);
        String[] cells = Files.readString(out).split("\n")[0].split("\t", -1);
        assertThat(cells).hasSize(61);
        assertThat(cells[1]).isEqualTo("20240304");
        assertThat(cells[6]).isEqualTo("ANA RUIZ");
        assertThat(cells[16]).isEqualTo("TOMAS VIDAL");
        assertThat(cells[26]).isEqualTo("040");
        assertThat(cells[28]).isEqualTo("04");
        assertThat(cells[29]).isEqualTo("1");
        assertThat(cells[51]).isEqualTo("4");
        assertThat(cells[52]).isEqualTo("Lisbon");
        assertThat(cells[56]).isEqualTo("38.72");
        assertThat(cells[60]).startsWith("https://www.harbour.example.org/");
        assertThat(Exporter.GDELT).hasSize(61);
    }

    @Test
    void csvHasAHeaderAndOneRowPerArticle() throws Exception {
        Path out = dir.resolve("a.csv");
        new Exporter(reader).export(ExportFormat.csv, out);
        assertThat(Files.readString(out)).startsWith("id,input,source_uri").contains("6".repeat(64));
    }

    @Test
    void parquetIsWritten() throws Exception {
        Path out = dir.resolve("a.parquet");
        new Exporter(reader).export(ExportFormat.parquet, out);
        byte[] bytes = Files.readAllBytes(out);
        assertThat(new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PAR1");
    }
}
