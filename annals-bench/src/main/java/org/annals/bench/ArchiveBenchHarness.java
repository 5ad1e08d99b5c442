package org.annals.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.annals.analyze.ArticleAnalyzer;
import org.annals.archive.ArchiveReader;
import org.annals.archive.ArchiveWriter;
import org.annals.archive.ArticleProcessor;
import org.annals.archive.ArticleSearcher;
import org.annals.archive.Ingest;
import org.annals.archive.IngestProgress;
import org.annals.archive.SearchQuery;
import org.annals.code.StandardAnalyzer;
import org.annals.extract.ArticleExtractor;
import org.annals.model.AnalyzedArticle;
import org.annals.model.Article;
import org.annals.resolve.KnowledgeBaseActors;
import org.annals.resolve.kb.ActorKnowledgeBase;
import org.annals.source.DocumentSink;
import org.annals.source.SourceDocument;
import org.annals.source.SourceFailure;
import org.annals.source.Sources;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Archive throughput and search latency on a generated archive.
 *
 * <p>The corpus: the sample corpus's articles are extracted, their bodies cut into paragraphs, and
 * N articles are made by drawing 3 to 8 paragraphs at random (seeded) from that pool, with the
 * title of a random sample article and a random publication day in 2023–2025, written as one JSON
 * Lines file. Two ingests are timed: the archive alone (the processor takes the row's title, text
 * and date as they are, so the figure is the archive's cost: raw store, DuckDB, Lucene, duplicates,
 * stories) on all N, and the whole pipeline as {@code annals ingest} runs it (extraction, analysis,
 * events) on {@code FULL} more rows. Then a fixed set of queries is run, warmed up, over ROUNDS rounds
 * with one searcher, and the p50/p99 latencies reported.
 *
 * <p>Usage: {@code java -cp … org.annals.bench.ArchiveBenchHarness WORK_DIR [N] [FULL] [ROUNDS]}
 */
public final class ArchiveBenchHarness {
    /** The fixed query set: words, phrases, boolean queries, fields, prefixes, date and actor filters. */
    static final List<String> QUERIES = List.of("earthquake", "summit", "moon", "\"prime minister\"",
            "president AND meeting", "nato OR alliance", "rescue*", "title:earthquake", "spacecraft landing",
            "\"climate change\"", "football final", "election", "Putin", "Xi Jinping", "Modi", "agreement",
            "protest police", "olympics", "parliament vote", "death toll", "tariffs", "ceasefire", "satellite",
            "aid", "\"european union\"", "minister -china", "title:(summit OR meeting)", "cup", "border", "energy");

    private ArchiveBenchHarness() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ArchiveBenchHarness WORK_DIR [N] [FULL] [ROUNDS]");
            System.exit(2);
        }
        Path work = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int full = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        Path samples = Path.of(System.getProperty("annals.samples", "samples/corpus"));
        Files.createDirectories(work);

        List<String[]> pool = samplePool(samples);
        List<String> paragraphs = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (String[] article : pool) {
            titles.add(article[0]);
            for (String p : article[1].split("\n\n")) {
                if (p.strip().length() >= 80) {
                    paragraphs.add(p.strip());
                }
            }
        }
        Path corpus = work.resolve("corpus.jsonl");
        Path fullCorpus = work.resolve("corpus-full.jsonl");
        long bytes = generate(corpus, n, titles, paragraphs, 1);
        generate(fullCorpus, full, titles, paragraphs, 2);
        System.out.printf(Locale.ROOT, "corpus: %d articles (%.1f MB) from %d paragraphs and %d titles of %s; "
                + "cores=%d jvm=%s maxHeap=%d MB%n", n, bytes / 1e6, paragraphs.size(), titles.size(), samples,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);

        ArticleProcessor asGiven = doc -> AnalyzedArticle.of(new Article(doc.id(), doc.source(), doc.title(),
                doc.published(), doc.published(), List.of(), null, null, null, List.of(), "en",
                new String(doc.payload(), StandardCharsets.UTF_8), List.of(), List.of()));
        ingest("archive-only", work.resolve("archive"), corpus, asGiven, n);
        ArticleExtractor extractor = ArticleExtractor.standard();
        ArticleAnalyzer analyzer = StandardAnalyzer.create(new KnowledgeBaseActors(ActorKnowledgeBase.bundled()));
        ingest("full-pipeline", work.resolve("archive-full"), fullCorpus,
                doc -> analyzer.analyze(extractor.extract(doc)), full);

        try (ArchiveReader reader = ArchiveReader.open(work.resolve("archive"))) {
            ArticleSearcher searcher = reader.searcher();
            List<SearchQuery> queries = new ArrayList<>();
            for (String q : QUERIES) {
                queries.add(SearchQuery.top(q, null, null, null, null, 10));
            }
            for (int i = 0; i < 10; i++) {
                queries.add(SearchQuery.top(QUERIES.get(i), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30),
                        null, null, 10));
            }
            long hits = 0;
            for (SearchQuery q : queries) {
                hits += searcher.search(q).hits().size();
            }
            List<Long> nanos = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                for (SearchQuery q : queries) {
                    long t = System.nanoTime();
                    searcher.search(q);
                    nanos.add(System.nanoTime() - t);
                }
            }
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "search: %d queries x %d rounds over %d articles (top 10, highlighted "
                            + "snippet): p50=%.2f ms p90=%.2f ms p99=%.2f ms max=%.2f ms; %d hits in the warm-up round%n",
                    queries.size(), rounds, searcher.count(), pct(sorted, 0.50), pct(sorted, 0.90),
                    pct(sorted, 0.99), sorted[sorted.length - 1] / 1e6, hits);
        }
    }

    private static void ingest(String name, Path data, Path corpus, ArticleProcessor processor, int expected)
            throws Exception {
        HeapPeaks.reset();
        IngestProgress done;
        try (ArchiveWriter writer = ArchiveWriter.open(data)) {
            done = new Ingest(writer, new Sources(new ByteArrayInputStream(new byte[0])), processor, 2,
                    Duration.ofSeconds(30)).run(List.of(corpus.toString()), p -> { });
        }
        System.out.printf(Locale.ROOT, "ingest %s: %d of %d articles in %.1f s = %.0f articles/s; "
                        + "%d near-duplicates, %d failures; peak heap %d MB, peak RSS %s MB; archive folder %d MB%n",
                name, done.stored(), expected, done.seconds(), done.rate(), done.duplicates(), done.failures(),
                HeapPeaks.bytes() >> 20, rssPeakMb(), folderSize(data) >> 20);
    }

    /** Title and clean text of every sample article. */
    private static List<String[]> samplePool(Path samples) {
        ArticleExtractor extractor = ArticleExtractor.standard();
        List<String[]> pool = new ArrayList<>();
        new Sources(new ByteArrayInputStream(new byte[0])).read(samples.toString(), new DocumentSink() {
            @Override
            public void document(SourceDocument document) {
                Article a = extractor.extract(document);
                if (a.title() != null && a.text().length() > 200) {
                    pool.add(new String[]{a.title(), a.text()});
                }
            }

            @Override
            public void failure(SourceFailure failure) {
                System.err.println("sample skipped: " + failure);
            }
        });
        if (pool.isEmpty()) {
            throw new IllegalStateException("no sample articles under " + samples);
        }
        return pool;
    }

    private static long generate(Path file, int n, List<String> titles, List<String> paragraphs, long seed)
            throws Exception {
        Random random = new Random(seed);
        ObjectMapper json = new ObjectMapper();
        LocalDate first = LocalDate.of(2023, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                int count = 3 + random.nextInt(6);
                StringBuilder text = new StringBuilder();
                for (int p = 0; p < count; p++) {
                    text.append(p == 0 ? "" : "\n\n").append(paragraphs.get(random.nextInt(paragraphs.size())));
                }
                ObjectNode row = json.createObjectNode();
                row.put("url", "https://bench.example.org/" + seed + "/" + i);
                row.put("title", titles.get(random.nextInt(titles.size())));
                row.put("published", first.plusDays(random.nextInt(1095)).toString());
                row.put("text", text.toString());
                out.write(json.writeValueAsString(row));
                out.write('\n');
            }
        }
        return Files.size(file);
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    /** The process's peak resident memory (heap, DuckDB's native buffers, mapped index files), from Linux's VmHWM. */
    private static String rssPeakMb() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                    .map(l -> String.valueOf(Long.parseLong(l.replaceAll("\\D", "")) >> 10)).findFirst().orElse("?");
        } catch (Exception e) {
            return "?";
        }
    }

    private static long folderSize(Path dir) throws Exception {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
