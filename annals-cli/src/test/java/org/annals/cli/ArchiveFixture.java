package org.annals.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small archive made through the CLI itself, for the archive commands' tests. */
final class ArchiveFixture {
    private ArchiveFixture() {
    }

    /** Writes three text pages and ingests them into {@code dir/archive}; returns the archive folder. */
    static Path ingest(Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        page(in, "quay.txt", "Harbour quay reopens after repairs", "Engineers reopened the northern quay on Monday "
                + "after eight months of repairs, the harbour council said in a statement.");
        page(in, "ferry.txt", "Storm halts island ferry", "A winter storm halted the island ferry on Friday, and the "
                + "harbour master said the line would reopen when the wind dropped.");
        page(in, "museum.txt", "Maritime museum doubles its visitors", "The maritime museum by the harbour counted "
                + "twice as many visitors this year as last, its director said.");
        Path data = dir.resolve("archive");
        CliRun run = CliRun.of("ingest", "--data", data.toString(), in.toString());
        if (run.status() != ExitCode.OK) {
            throw new IllegalStateException("fixture ingest failed: " + run.err());
        }
        return data;
    }

    private static void page(Path dir, String name, String title, String body) throws IOException {
        Files.writeString(dir.resolve(name), title + "\n\nRelease time:Mar 04, 2024 09:30 AM\n\n" + body + "\n\n"
                + "The council will publish a timetable for further work next month, officials added.\n");
    }
}
