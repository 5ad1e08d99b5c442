package org.annals.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.annals.archive.ArchiveReader;
import org.annals.archive.ArchiveStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code annals stats}: what the archive holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Count the archive's articles, entities, events, quotes, stories, duplicates and failures.")
final class StatsCommand extends ArchiveCommand {
    enum Format { table, json }

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json",
            description = "table (the default) or json (one object).")
    Format format;

    @Override
    public Integer call() {
        return guarded(() -> {
            try (ArchiveReader archive = openReader()) {
                ArchiveStats s = archive.stats();
                Map<String, Long> counts = new LinkedHashMap<>();
                counts.put("articles", s.articles());
                counts.put("entities", s.entities());
                counts.put("mentions", s.mentions());
                counts.put("events", s.events());
                counts.put("quotes", s.quotes());
                counts.put("stories", s.stories());
                counts.put("duplicates", s.duplicates());
                counts.put("failures", s.failures());
                if (format == Format.json) {
                    ObjectNode node = new ObjectMapper().createObjectNode();
                    counts.forEach(node::put);
                    out().println(node.toString());
                } else {
                    counts.forEach((k, v) -> out().printf("%-11s %,d%n", k, v));
                }
                out().flush();
                return ExitCode.OK;
            }
        });
    }
}
