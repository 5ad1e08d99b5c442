package org.annals.code.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.annals.annotate.AnnotatedText;
import org.annals.annotate.Sentence;
import org.annals.annotate.Token;
import org.annals.annotate.corenlp.CoreNlpAnnotator;
import org.annals.annotate.corenlp.CoreNlpParser;
import org.annals.code.EventLexicon;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What event parsing costs: tokens per second of tokenize+ssplit+NER alone, and with POS, lemma and
 * dependency parsing of only the sentences holding an event word, over the {@code articleBody} texts of
 * an extraction benchmark's {@code ground-truth.json}. Usage: {@code ParserCost GROUND_TRUTH [THREADS] [RUNS]}.
 */
public final class ParserCost {
    private ParserCost() {
    }

    /** Prints the median of RUNS timed passes for each configuration after a warm-up pass. */
    public static void main(String[] args) throws Exception {
        List<String> texts = new ArrayList<>();
        for (JsonNode n : new ObjectMapper().readTree(Files.readString(Path.of(args[0])))) {
            texts.add(n.path("articleBody").asText(""));
        }
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        CoreNlpAnnotator annotator = CoreNlpAnnotator.load();
        CoreNlpParser parser = CoreNlpParser.load();
        EventLexicon lexicon = EventLexicon.standard();
        for (boolean parse : new boolean[] {false, true}) {
            pass(texts.subList(0, Math.min(40, texts.size())), threads, annotator, parser, lexicon, parse);
            List<Double> seconds = new ArrayList<>();
            long[] counts = null;
            for (int r = 0; r < runs; r++) {
                long start = System.nanoTime();
                counts = pass(texts, threads, annotator, parser, lexicon, parse);
                seconds.add((System.nanoTime() - start) / 1e9);
            }
            List<Double> sorted = new ArrayList<>(seconds);
            Collections.sort(sorted);
            double median = sorted.get(sorted.size() / 2);
            System.out.printf(Locale.ROOT, "%-28s threads=%d docs=%d tokens=%d sentences=%d parsed=%d/%d tokens "
                            + "runs=%s median=%.2fs tokens/s=%.0f%n", parse ? "ner + event-sentence parse" : "ner only",
                    threads, texts.size(), counts[0], counts[1], counts[2], counts[3], seconds, median, counts[0] / median);
        }
        System.exit(0);
    }

    /** {tokens, sentences, parsed sentences, parsed tokens}. */
    private static long[] pass(List<String> texts, int threads, CoreNlpAnnotator annotator, CoreNlpParser parser,
                               EventLexicon lexicon, boolean parse) throws Exception {
        AtomicLong tokens = new AtomicLong();
        AtomicLong sentences = new AtomicLong();
        AtomicLong parsed = new AtomicLong();
        AtomicLong parsedTokens = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (String text : texts) {
            done.add(pool.submit(() -> {
                AnnotatedText annotated = annotator.annotate(text);
                tokens.addAndGet(annotated.tokens().size());
                sentences.addAndGet(annotated.sentences().size());
                if (parse) {
                    List<Sentence> chosen = new ArrayList<>();
                    for (Sentence s : annotated.sentences()) {
                        boolean named = annotated.mentions().stream().anyMatch(m -> s.span().contains(m.span()));
                        if (lexicon.worthParsing(annotated.tokens(s).stream().map(Token::text).toList(), named)) {
                            chosen.add(s);
                            parsedTokens.addAndGet(s.endToken() - s.firstToken());
                        }
                    }
                    parsed.addAndGet(chosen.size());
                    parser.parse(annotated, chosen);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        return new long[] {tokens.get(), sentences.get(), parsed.get(), parsedTokens.get()};
    }
}
