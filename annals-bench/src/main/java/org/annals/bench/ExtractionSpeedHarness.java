package org.annals.bench;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import net.dankito.readability4j.Readability4J;
import org.annals.decode.Decoder;
import org.annals.extract.ArticleExtractor;
import org.annals.extract.html.HtmlPageExtractor;
import org.annals.extract.eval.BenchmarkResult;
import org.annals.extract.eval.ExtractionBenchmark;
import org.annals.extract.eval.ShingleScore;
import org.annals.model.Source;
import org.annals.model.SourceFormat;
import org.annals.source.PayloadKind;
import org.annals.source.SourceDocument;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Pages per second, allocation and peak heap of HTML extraction on the article-extraction-benchmark,
 * Annals side by side with Readability4J and boilerpipe in one JVM, with each one's F1 on the same pages.
 *
 * <p>Every extractor gets the same decoded HTML strings, runs single-threaded, is warmed up, and is
 * measured over several rounds in turn (A, B, C, A, B, C, …) so drifts in machine load hit all alike;
 * the report gives medians.
 *
 * <p>Usage: {@code java -cp … org.annals.bench.ExtractionSpeedHarness BENCHMARK_DIR [ROUNDS]}
 */
public final class ExtractionSpeedHarness {
    /** Page HTML, URL and raw bytes in, body text out. */
    @FunctionalInterface
    interface Extraction {
        String apply(String html, String url, byte[] raw) throws Exception;
    }

    /** One tool under test. */
    record Contender(String name, Extraction extraction) {
    }

    private ExtractionSpeedHarness() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ExtractionSpeedHarness BENCHMARK_DIR [ROUNDS]");
            System.exit(2);
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<ExtractionBenchmark.Page> pages = ExtractionBenchmark.load(Path.of(args[0]));
        Decoder decoder = new Decoder();
        List<String> html = new ArrayList<>();
        for (ExtractionBenchmark.Page page : pages) {
            html.add(decoder.decode(page.html(), null, true).text());
        }
        HtmlPageExtractor annals = new HtmlPageExtractor();
        ArticleExtractor annalsFull = ArticleExtractor.standard();
        List<Contender> contenders = List.of(
                new Contender("annals-html", (h, u, raw) -> annals.extract(h, u).text()),
                new Contender("annals-full-chain", (h, u, raw) -> annalsFull.extract(new SourceDocument("x",
                        new Source(u, SourceFormat.HTML, null), PayloadKind.HTML, raw, null, null, null)).text()),
                new Contender("readability4j", (h, u, raw) -> {
                    String text = new Readability4J(u == null ? "" : u, h).parse().getTextContent();
                    return text == null ? "" : text;
                }),
                new Contender("boilerpipe", (h, u, raw) -> boilerpipe(h)),
                // Not an extractor: the floor that any jsoup-based extractor pays before it decides anything.
                new Contender("jsoup-parse-only", (h, u, raw) -> org.jsoup.Jsoup.parse(h, u == null ? "" : u).title()));

        System.out.printf(Locale.ROOT, "pages=%d rounds=%d cores=%d jvm=%s%n", pages.size(), rounds,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        double[][] pagesPerSecond = new double[contenders.size()][rounds];
        long[][] peakHeap = new long[contenders.size()][rounds];
        long[] allocatedPerPage = new long[contenders.size()];
        BenchmarkResult[] quality = new BenchmarkResult[contenders.size()];
        for (int c = 0; c < contenders.size(); c++) {
            // Warm-up round doubles as the quality measurement.
            List<ShingleScore> scores = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                scores.add(ShingleScore.of(pages.get(i).goldBody(), safeExtract(contenders.get(c), html.get(i),
                        pages.get(i))));
            }
            quality[c] = BenchmarkResult.of(scores);
            runOnce(contenders.get(c), html, pages);
        }
        for (int r = 0; r < rounds; r++) {
            for (int c = 0; c < contenders.size(); c++) {
                System.gc();
                long baseline = usedHeapBytes();
                HeapPeaks.reset();
                long allocatedBefore = allocatedBytes();
                long start = System.nanoTime();
                runOnce(contenders.get(c), html, pages);
                double seconds = (System.nanoTime() - start) / 1e9;
                allocatedPerPage[c] = (allocatedBytes() - allocatedBefore) / pages.size();
                pagesPerSecond[c][r] = pages.size() / seconds;
                // What the round needed above what was already live: the pages, the models, the harness.
                peakHeap[c][r] = HeapPeaks.bytes() - baseline;
            }
        }
        double fastestPeer = 0;
        for (int c = 0; c < contenders.size(); c++) {
            if (contenders.get(c).name().startsWith("readability") || contenders.get(c).name().startsWith("boiler")) {
                fastestPeer = Math.max(fastestPeer, median(pagesPerSecond[c]));
            }
        }
        System.out.printf(Locale.ROOT, "%-18s %10s %12s %14s %8s %8s %8s %12s%n", "extractor", "pages/s",
                "ms/page", "peak +heap MB", "P", "R", "F1", "vs fastest peer");
        for (int c = 0; c < contenders.size(); c++) {
            double pps = median(pagesPerSecond[c]);
            System.out.printf(Locale.ROOT, "%-18s %10.1f %12.2f %14.1f %8.4f %8.4f %8.4f %11.2fx%n",
                    contenders.get(c).name(), pps, 1000 / pps, medianLong(peakHeap[c]) / 1e6,
                    quality[c].precision(), quality[c].recall(), quality[c].f1(), pps / fastestPeer);
            System.out.printf(Locale.ROOT, "%-18s   allocated per page: %.1f MB; pages/s per round: %s%n", "",
                    allocatedPerPage[c] / 1e6, Arrays.toString(round1(pagesPerSecond[c])));
        }
    }


    private static void runOnce(Contender contender, List<String> html, List<ExtractionBenchmark.Page> pages) {
        for (int i = 0; i < html.size(); i++) {
            safeExtract(contender, html.get(i), pages.get(i));
        }
    }

    private static String safeExtract(Contender contender, String html, ExtractionBenchmark.Page page) {
        try {
            String text = contender.extraction().apply(html, page.url(), page.html());
            return text == null ? "" : text;
        } catch (Exception | StackOverflowError e) {
            return "";
        }
    }

    private static String boilerpipe(String html) throws BoilerpipeProcessingException {
        return de.l3s.boilerpipe.extractors.ArticleExtractor.INSTANCE.getText(html);
    }

    private static long usedHeapBytes() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    private static double median(double[] values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return copy[copy.length / 2];
    }

    private static long medianLong(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy[copy.length / 2];
    }

    private static double[] round1(double[] values) {
        return Arrays.stream(values).map(v -> Math.round(v * 10) / 10.0).toArray();
    }
}
