package org.annals.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void ingestsTheCorpusThenServesIt() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("ferry.txt"), "Ferry timetable changes\n\n"
                + "The island ferry will leave half an hour earlier from Monday, the operator said in a notice.\n");
        Path data = dir.resolve("demo");
        try (ServingRun run = new ServingRun("demo", "--data", data.toString(), "--port", "0",
                "--corpus", corpus.toString())) {
            String url = run.awaitUrl(Duration.ofSeconds(60));
            assertThat(url).as(run.err()).startsWith("http://127.0.0.1:");
            assertThat(run.get(url + "api/stats")).startsWith("200 ").contains("\"articles\":1");
            assertThat(run.get(url)).startsWith("200 ").contains("Ferry timetable changes");
            assertThat(run.err()).contains("1 articles stored");
        }
    }

    @Test
    void neverWritesIntoAFolderThatIsNotAnArchive() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "Title\n\nSome text of a page that is long enough to keep.\n");
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "my notes");
        CliRun run = CliRun.of("demo", "--data", mine.toString(), "--port", "0", "--corpus", corpus.toString());
        assertThat(run.status()).isEqualTo(ExitCode.INTERNAL);
        assertThat(Files.readString(mine.resolve("notes.txt"))).isEqualTo("my notes");
        try (var files = Files.list(mine)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void aMissingCorpusIsAUsageError() {
        CliRun run = CliRun.of("demo", "--data", dir.resolve("d").toString(), "--corpus", dir.resolve("none").toString());
        assertThat(run.status()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("sample corpus");
    }
}
