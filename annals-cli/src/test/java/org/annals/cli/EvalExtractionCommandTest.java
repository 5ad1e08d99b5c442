package org.annals.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class EvalExtractionCommandTest {
    @TempDir
    Path dir;

    @Test
    void scoresABenchmarkFolder() throws IOException {
        String body = "Farmers in the valley began the harvest early this year because the rains came in July.";
        Files.createDirectories(dir.resolve("html"));
        Files.writeString(dir.resolve("ground-truth.json"),
                "{\"p1\": {\"articleBody\": \"" + body + "\", \"url\": \"https://example.org/p1\"}}");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/p1.html.gz")))) {
            out.write(("<html><body><article><p>" + body + "</p></article></body></html>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        assertThat(CliRun.of("eval", "extraction", "--benchmark", dir.toString()).out()).contains("F1=1.0000");
    }

    @Test
    void aFolderWithoutGroundTruthIsRefused() {
        CliRun run = CliRun.of("eval", "extraction", "--benchmark", dir.toString());
        assertThat(run.err()).contains("no ground-truth.json");
    }
}
