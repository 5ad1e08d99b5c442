package org.annals.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.annals.analyze.ArticleAnalyzer;
import org.annals.code.StandardAnalyzer;
import org.annals.resolve.KnowledgeBaseActors;
import org.annals.resolve.kb.ActorKnowledgeBase;
import org.annals.extract.eval.ExtractionBenchmark;
import org.annals.model.Article;
import org.annals.model.Source;
import org.annals.model.SourceFormat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Tokens per second and peak heap of one contender on the gold texts of the
 * article-extraction-benchmark: {@code annals} (what {@code annals analyze} runs after extraction)
 * or {@code corenlp-default} (CoreNLP's default English pipeline,
 * tokenize,ssplit,pos,lemma,ner,depparse). Each contender runs in its own JVM so their heaps do
 * not mix; {@code run-analysis-bench.sh} alternates them round by round and prints the medians.
 *
 * <p>Every text is analysed as English, also the 28 that are not, so both do the same work.
 *
 * <p>Usage: {@code AnalysisSpeedHarness BENCHMARK_DIR CONTENDER THREADS PASSES}
 */
public final class AnalysisSpeedHarness {
    private static final int WARM_UP_TEXTS = 40;

    private AnalysisSpeedHarness() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: AnalysisSpeedHarness BENCHMARK_DIR annals|corenlp-default THREADS PASSES");
            System.exit(2);
        }
        List<String> texts = new ArrayList<>();
        for (ExtractionBenchmark.Page page : ExtractionBenchmark.load(Path.of(args[0]))) {
            texts.add(page.goldBody());
        }
        String contender = args[1];
        int threads = Integer.parseInt(args[2]);
        int passes = Integer.parseInt(args[3]);
        long loadStart = System.nanoTime();
        Consumer<String> work = switch (contender) {
            case "annals" -> annals();
            case "corenlp-default" -> coreNlpDefault();
            default -> throw new IllegalArgumentException("unknown contender " + contender);
        };
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        long tokens = countTokens(texts);
        runAll(texts.subList(0, Math.min(WARM_UP_TEXTS, texts.size())), work, threads);
        for (int pass = 0; pass < passes; pass++) {
            System.gc();
            HeapPeaks.reset();
            long start = System.nanoTime();
            runAll(texts, work, threads);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "RESULT contender=%s threads=%d pass=%d texts=%d tokens=%d seconds=%.2f "
                            + "tokens_per_s=%.0f peak_heap_mb=%.0f load_s=%.1f%n", contender, threads, pass,
                    texts.size(), tokens, seconds, tokens / seconds, HeapPeaks.bytes() / 1e6, loadSeconds);
        }
    }

    private static Consumer<String> annals() {
        ArticleAnalyzer analyzer = StandardAnalyzer.create(new KnowledgeBaseActors(ActorKnowledgeBase.bundled()));
        return text -> analyzer.analyze(new Article("bench", new Source("bench", SourceFormat.TEXT, null), null, null,
                null, List.of(), null, null, null, List.of(), "en", text, List.of(), List.of()));
    }

    private static Consumer<String> coreNlpDefault() {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
        return text -> pipeline.annotate(new Annotation(text));
    }

    /** Tokens as CoreNLP's English tokenizer counts them, the unit of both contenders' throughput. */
    private static long countTokens(List<String> texts) {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("annotators", "tokenize");
        StanfordCoreNLP tokenizer = new StanfordCoreNLP(p);
        long n = 0;
        for (String text : texts) {
            Annotation a = new Annotation(text);
            tokenizer.annotate(a);
            n += a.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        return n;
    }

    private static void runAll(List<String> texts, Consumer<String> work, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (String text : texts) {
                done.add(pool.submit(() -> work.accept(text)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
