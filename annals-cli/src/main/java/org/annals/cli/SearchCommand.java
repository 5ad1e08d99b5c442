package org.annals.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.annals.archive.ArchiveReader;
import org.annals.archive.ArticleSearcher;
import org.annals.archive.SearchHit;
import org.annals.archive.SearchQuery;
import org.annals.archive.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Locale;

/** {@code annals search}: full-text search over the archive. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the archive's articles: Lucene query syntax over title, text, entities and outlet, "
                + "ranked by BM25, with a highlighted snippet; a table ends with the exact number of matches.")
final class SearchCommand extends ArchiveCommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|jsonl",
            description = "table (the default) or jsonl (id, title, published, source, score, snippet).")
    ResultPrinter.Format format;

    @Option(names = "--from", paramLabel = "D", description = "Published on or after this day (YYYY[-MM[-DD]]).")
    String from;

    @Option(names = "--to", paramLabel = "D", description = "Published on or before this day (YYYY[-MM[-DD]]).")
    String to;

    @Option(names = "--actor", paramLabel = "NAME", description = "Only articles naming this actor.")
    String actor;

    @Option(names = "--category", paramLabel = "C", description = "Only articles with an event of this PLOVER category.")
    String category;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Only articles whose publisher or site holds this name.")
    String outlet;

    @Option(names = "--limit", defaultValue = "10", paramLabel = "N", description = "Most hits (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", paramLabel = "N",
            description = "Skip the N best hits, to page through (default: ${DEFAULT-VALUE}).")
    int offset;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query, e.g. 'earthquake AND title:Myanmar'.")
    List<String> query;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw usage(spec, "--limit must be at least 1, not " + limit);
        }
        if (offset < 0 || (long) offset + limit > ArticleSearcher.MAX_WINDOW) {
            throw usage(spec, "--offset plus --limit must stay within the best " + ArticleSearcher.MAX_WINDOW
                    + " hits, and --offset be at least 0");
        }
        SearchQuery q = new SearchQuery(String.join(" ", query), firstDay(from, "--from"), lastDay(to, "--to"),
                actor, category, outlet, offset, limit);
        return guarded(() -> {
            try (ArchiveReader archive = openReader()) {
                SearchResult found;
                try {
                    found = archive.searcher().search(q);
                } catch (IllegalArgumentException e) {
                    error("search", e.getMessage());
                    return ExitCode.USAGE;
                }
                for (SearchHit h : found.hits()) {
                    if (format == ResultPrinter.Format.jsonl) {
                        ObjectNode row = JSON.createObjectNode();
                        row.put("id", h.id());
                        row.put("title", h.title());
                        row.put("published", h.published());
                        row.put("source", h.source());
                        row.put("score", Math.round(h.score() * 1000) / 1000.0);
                        row.put("snippet", h.snippet());
                        out().println(row.toString());
                    } else {
                        out().println(String.format(Locale.ROOT, "%.3f  %s  %s", h.score(),
                                h.published() == null ? "-" : h.published(), oneLine(h.title() == null ? "(no title)" : h.title())));
                        out().println("       " + oneLine(h.source() == null ? "" : h.source()) + "  " + h.id());
                        out().println("       " + oneLine(h.snippet()));
                    }
                }
                if (format == ResultPrinter.Format.table) {
                    out().println(found.hits().isEmpty()
                            ? found.total() + " article" + (found.total() == 1 ? "" : "s") + " found"
                            : String.format(Locale.ROOT, "hits %d–%d of %d", offset + 1, offset + found.hits().size(),
                                    found.total()));
                }
                out().flush();
                return ExitCode.OK;
            }
        });
    }
}
