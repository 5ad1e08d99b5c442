package org.annals.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import java.time.Duration;

/** How many pages run at once and how long one may take: shared by the commands that read pages. */
final class WorkerOptions {
    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads, at least 1 (default: the number of cores).")
    Integer threads;

    @Option(names = "--page-timeout", paramLabel = "SECONDS",
            description = "Seconds one page may take before it is skipped (default: 30 for extract, 60 when analysing).")
    Integer pageTimeoutSeconds;

    /** The number of workers; a wrong value is a usage error. */
    int workers(CommandSpec spec) {
        if (threads != null && threads < 1) {
            throw BaseCommand.usage(spec, "--threads must be at least 1, not " + threads);
        }
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** The time limit per page, or {@code defaultSeconds} when none was given; a wrong value is a usage error. */
    Duration pageTimeout(CommandSpec spec, int defaultSeconds) {
        int seconds = pageTimeoutSeconds != null ? pageTimeoutSeconds : defaultSeconds;
        if (seconds < 1) {
            throw BaseCommand.usage(spec, "--page-timeout must be at least 1 second, not " + seconds);
        }
        return Duration.ofSeconds(seconds);
    }
}
