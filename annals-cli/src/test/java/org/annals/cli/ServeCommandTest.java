package org.annals.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void servesAnArchiveOnLoopbackAndPrintsTheUrl() throws Exception {
        Path page = Files.writeString(dir.resolve("lighthouse.txt"), "Lighthouse repainted\n\n"
                + "The old lighthouse on the breakwater was repainted red and white this week by a crew of four.\n");
        Path data = dir.resolve("archive");
        assertThat(CliRun.of("ingest", "--data", data.toString(), page.toString()).status()).isEqualTo(ExitCode.OK);
        try (ServingRun run = new ServingRun("serve", "--data", data.toString(), "--port", "0")) {
            String url = run.awaitUrl(Duration.ofSeconds(30));
            assertThat(url).as(run.err()).startsWith("http://127.0.0.1:");
            assertThat(run.get(url + "api/search?q=lighthouse")).startsWith("200 ").contains("\"total\":1");
            assertThat(run.get(url + "api/ingest")).startsWith("405 ");
            assertThat(run.err()).contains("serving 1 articles").doesNotContain("warning");
        }
    }

    @Test
    void aMissingArchiveIsAnErrorNotAServer() {
        CliRun run = CliRun.of("serve", "--data", dir.resolve("nothing").toString(), "--port", "0");
        assertThat(run.status()).isEqualTo(ExitCode.INTERNAL);
        assertThat(run.err()).startsWith("annals: ");
    }

    @Test
    void aShortTokenIsRefused() {
        CliRun run = CliRun.of("serve", "--data", dir.toString(), "--token", "short");
        assertThat(run.status()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void onlyLoopbackHostsCountAsLocal() {
        assertThat(Serving.isLoopback("127.0.0.1")).isTrue();
        assertThat(Serving.isLoopback("localhost")).isTrue();
        assertThat(Serving.isLoopback("0.0.0.0")).isFalse();
    }
}
