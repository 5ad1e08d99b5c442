package org.annals.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The gold file and how many mismatches to list: shared by the {@code eval} commands of the project's gold sets. */
final class GoldOptions {
    @Option(names = "--gold", paramLabel = "FILE",
            description = "The gold JSON Lines file (default: the project's own, under eval/).")
    Path gold;

    @Option(names = "--mismatches", paramLabel = "N", defaultValue = "0",
            description = "Also list up to N mismatches.")
    int mismatches;

    /** The gold file given, else {@code defaultPath}. */
    Path gold(String defaultPath) {
        return gold != null ? gold : Path.of(defaultPath);
    }
}
