package org.annals.cli;

import org.annals.extract.ArticleExtractor;
import org.annals.model.Article;
import org.annals.source.DocumentSink;
import org.annals.source.SourceDocument;
import org.annals.source.SourceFailure;
import org.annals.source.Sources;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Extracts the articles of many inputs on all cores and hands the results on in input order.
 * A page that fails or runs past its time limit becomes a failure; the others go on.
 */
final class OrderedExtraction {
    /** What came of one document, or of an input that could not be read. */
    sealed interface Outcome permits Extracted, Failed {
    }

    record Extracted(Article article) implements Outcome {
    }

    record Failed(SourceFailure failure) implements Outcome {
    }

    /** A document in flight, named so that a timeout can say which input it was. */
    private record Pending(String input, Future<Outcome> outcome) {
    }

    private final Sources sources;
    private final ArticleExtractor extractor;
    private final int threads;
    private final Duration pageTimeout;

    OrderedExtraction(Sources sources, ArticleExtractor extractor, int threads, Duration pageTimeout) {
        this.sources = sources;
        this.extractor = extractor;
        this.threads = threads;
        this.pageTimeout = pageTimeout;
    }

    /** Runs every input; returns when all outcomes have been handed to {@code sink}. */
    void run(List<String> inputs, Consumer<Outcome> sink) {
        ExecutorService workers = Executors.newFixedThreadPool(threads, daemonThreads());
        // Bounded: reading runs ahead of extraction by at most this many documents.
        BlockingQueue<Pending> pending = new ArrayBlockingQueue<>(threads * 4);
        Thread reader = new Thread(() -> {
            DocumentSink queueing = new DocumentSink() {
                @Override
                public void document(SourceDocument document) {
                    put(pending, new Pending(document.source().uri(), workers.submit(() -> extract(document))));
                }

                @Override
                public void failure(SourceFailure failure) {
                    put(pending, new Pending(failure.input(), CompletableFuture.completedFuture(new Failed(failure))));
                }
            };
            try {
                for (String input : inputs) {
                    sources.read(input, queueing);
                }
            } finally {
                put(pending, new Pending(null, CompletableFuture.completedFuture(null)));
            }
        }, "annals-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Pending next = pending.take();
                Outcome outcome = await(next);
                if (outcome == null) {
                    break;
                }
                sink.accept(outcome);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            workers.shutdownNow();
        }
    }

    private Outcome extract(SourceDocument document) {
        try {
            return new Extracted(extractor.extract(document));
        } catch (StackOverflowError e) {
            return new Failed(new SourceFailure(document.source().uri(), "page too deeply nested to read"));
        } catch (OutOfMemoryError e) {
            return new Failed(new SourceFailure(document.source().uri(), "page too large to read in memory"));
        } catch (RuntimeException e) {
            return new Failed(new SourceFailure(document.source().uri(), "cannot extract: " + e));
        }
    }

    private Outcome await(Pending next) throws InterruptedException {
        try {
            return next.outcome().get(pageTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            next.outcome().cancel(true);
            return new Failed(new SourceFailure(next.input(), "extraction took longer than "
                    + pageTimeout.toSeconds() + " s; skipped"));
        } catch (ExecutionException e) {
            return new Failed(new SourceFailure(next.input(), "cannot extract: " + e.getCause()));
        }
    }

    private static void put(BlockingQueue<Pending> queue, Pending item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        return runnable -> {
            Thread t = new Thread(runnable, "annals-extract");
            t.setDaemon(true);
            return t;
        };
    }
}
