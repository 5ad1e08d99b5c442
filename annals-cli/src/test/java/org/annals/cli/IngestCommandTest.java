package org.annals.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class IngestCommandTest {
    @TempDir
    Path dir;

    @Test
    void endsWithAOneLineSummary() throws Exception {
        Path data = ArchiveFixture.ingest(dir);
        CliRun again = CliRun.of("ingest", "--data", data.toString(), dir.resolve("in").toString());
        assertThat(again.status()).isZero();
        assertThat(again.err().strip()).startsWith("annals: ingested 0 articles").contains("3 already archived")
                .doesNotContain("\n");
    }

    @Test
    void readsStandardInput() {
        CliRun run = CliRun.withStdin("Quay news\n\nThe quay reopened on Monday after repairs, officials said.\n",
                "ingest", "--data", dir.resolve("a").toString(), "-");
        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("ingested 1 articles");
    }

    @Test
    void anUnreadableInputIsAFailureAndTheRestGoOn() throws Exception {
        Path data = ArchiveFixture.ingest(dir);
        CliRun run = CliRun.of("ingest", "--data", data.toString(), dir.resolve("missing.txt").toString());
        assertThat(run.status()).isEqualTo(ExitCode.INPUT_FAILED);
        assertThat(run.err()).contains("1 failures");
        assertThat(CliRun.of("failures", "--data", data.toString()).out()).contains("no such file or directory");
    }

    @Test
    void aForeignFolderIsRefused() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        CliRun run = CliRun.of("ingest", "--data", dir.toString(), dir.resolve("notes.txt").toString());
        assertThat(run.status()).isEqualTo(ExitCode.INTERNAL);
        assertThat(run.err()).contains("not an Annals archive");
    }

    @Test
    void rejectsABadPageTimeout() {
        assertThat(CliRun.of("ingest", "--page-timeout", "0", "x").status()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void progressLineShowsRateAndEta() {
        assertThat(IngestCommand.progressLine(new org.annals.archive.IngestProgress(120, 0, 0, 2, 50, 100, 10)))
                .isEqualTo("120 articles  12.0/s  ETA 0:10  2 failures");
        assertThat(IngestCommand.clock(3725)).isEqualTo("1:02:05");
    }
}
