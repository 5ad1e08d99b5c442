package org.annals.cli;

import org.annals.model.AnalyzedArticle;
import org.annals.source.DocumentSink;
import org.annals.source.SourceDocument;
import org.annals.source.SourceFailure;
import org.annals.source.Sources;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Extracts (and, when asked, analyses) the articles of many inputs on all cores and hands the
 * results on in input order.
 * A page that fails or runs past its time limit becomes a failure; the others go on.
 */
final class OrderedExtraction {
    /** What came of one document, or of an input that could not be read. */
    sealed interface Outcome permits Extracted, Failed {
    }

    record Extracted(AnalyzedArticle analyzed) implements Outcome {
    }

    record Failed(SourceFailure failure) implements Outcome {
    }

    /** A document in flight, named so that a timeout can say which input it was. */
    private record Pending(String input, long startNanos, Future<Outcome> outcome, Slot slot) {
    }

    private final Sources sources;
    private final Function<SourceDocument, AnalyzedArticle> extractor;
    private final int threads;
    private final Duration pageTimeout;

    OrderedExtraction(Sources sources, Function<SourceDocument, AnalyzedArticle> extractor, int threads,
                      Duration pageTimeout) {
        this.sources = sources;
        this.extractor = extractor;
        this.threads = threads;
        this.pageTimeout = pageTimeout;
    }

    /**
     * Runs every input; returns when all outcomes have been handed to {@code sink}, or as soon as
     * the sink returns false (its output is gone, say).
     */
    void run(List<String> inputs, Predicate<Outcome> sink) {
        // A page that ignores interruption cannot be stopped, only abandoned: its slot goes to the
        // next page, so the pool grows past `threads` by at most that many runaways.
        ExecutorService workers = Executors.newCachedThreadPool(daemonThreads("annals-extract"));
        Semaphore slots = new Semaphore(threads);
        int[] runaways = {0};
        // Bounded: reading runs ahead of output by at most this many documents.
        BlockingQueue<Pending> pending = new ArrayBlockingQueue<>(threads * 4);
        Thread reader = daemonThreads("annals-reader").newThread(() -> {
            for (String input : inputs) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                try {
                    sources.read(input, new Queueing(input, pending, workers, slots, runaways));
                } catch (Throwable e) {
                    // Sources turns what it expects into failures; this catches the rest
                    // (an Error deep in a library) so that one input cannot end the run.
                    put(pending, settled(input, failed(input, e instanceof OutOfMemoryError
                            ? "input too large to read in memory" : "cannot read: " + oneLine(e))));
                }
            }
            put(pending, settled(null, null));
        });
        reader.start();
        try {
            while (true) {
                Pending next = pending.take();
                Outcome outcome = await(next);
                if (outcome == null || !sink.test(outcome)) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            reader.interrupt();
            workers.shutdownNow();
        }
    }

    /** Queues one input's documents for extraction as slots free up, and its failures as they come. */
    private final class Queueing implements DocumentSink {
        private final String input;
        private final BlockingQueue<Pending> pending;
        private final ExecutorService workers;
        private final Semaphore slots;
        private final int[] runaways;

        Queueing(String input, BlockingQueue<Pending> pending, ExecutorService workers, Semaphore slots,
                 int[] runaways) {
            this.input = input;
            this.pending = pending;
            this.workers = workers;
            this.slots = slots;
            this.runaways = runaways;
        }

        @Override
        public void document(SourceDocument document) {
            String name = name(input, document.source().uri());
            try {
                // A slot frees within one page time unless every worker is held by a runaway
                // that could not be abandoned; then waiting longer would hang the run.
                if (!slots.tryAcquire(2 * pageTimeout.toNanos(), TimeUnit.NANOSECONDS)) {
                    put(pending, settled(name, failed(name,
                            "skipped: every worker is stuck on an earlier page that ran past its time")));
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            Slot slot = new Slot(slots, runaways, threads);
            Future<Outcome> outcome;
            try {
                outcome = workers.submit(() -> {
                    try {
                        return extract(name, document);
                    } finally {
                        slot.finished();
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                slot.finished();
                return;
            }
            put(pending, new Pending(name, System.nanoTime(), outcome, slot));
        }

        @Override
        public void failure(SourceFailure failure) {
            put(pending, settled(failure.input(), new Failed(failure)));
        }
    }

    /**
     * A worker slot held by one page. Released when the page is done, or earlier when the page
     * runs past its time and is abandoned, as long as fewer than {@code limit} runaways still run.
     */
    private static final class Slot {
        private final Semaphore slots;
        private final int[] runaways;
        private final int limit;
        private boolean done;
        private boolean handedOn;

        Slot(Semaphore slots, int[] runaways, int limit) {
            this.slots = slots;
            this.runaways = runaways;
            this.limit = limit;
        }

        void finished() {
            synchronized (runaways) {
                done = true;
                if (handedOn) {
                    runaways[0]--;
                    return;
                }
            }
            slots.release();
        }

        void abandon() {
            synchronized (runaways) {
                if (done || handedOn || runaways[0] >= limit) {
                    return;
                }
                handedOn = true;
                runaways[0]++;
            }
            slots.release();
        }
    }

    private Outcome extract(String name, SourceDocument document) {
        try {
            return new Extracted(extractor.apply(document));
        } catch (StackOverflowError e) {
            return failed(name, "page too deeply nested to read");
        } catch (OutOfMemoryError e) {
            return failed(name, "page too large to read in memory");
        } catch (RuntimeException e) {
            return failed(name, "cannot extract: " + oneLine(e));
        }
    }

    private Outcome await(Pending next) throws InterruptedException {
        try {
            // The page's time runs from when it got a worker, not from when its turn to be printed came.
            long left = next.slot() == null ? 0
                    : next.startNanos() + pageTimeout.toNanos() - System.nanoTime();
            return next.slot() == null ? next.outcome().get()
                    : next.outcome().get(Math.max(0, left), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            next.outcome().cancel(true);
            next.slot().abandon();
            return failed(next.input(), "extraction took longer than " + seconds(pageTimeout) + "; skipped");
        } catch (ExecutionException e) {
            return failed(next.input(), "cannot extract: " + oneLine(e.getCause()));
        }
    }

    /**
     * The document as the user would name it: a file by its path as given on the command line
     * (or below the directory given), anything else (a WARC record, a feed entry) by the input
     * and the document's address.
     */
    static String name(String input, String uri) {
        if (uri != null && uri.startsWith("file:") && !input.equals("-")) {
            try {
                Path file = Path.of(URI.create(uri));
                Path given = Path.of(input);
                Path base = given.toAbsolutePath().normalize();
                if (file.startsWith(base)) {
                    return base.equals(file) ? input : given.resolve(base.relativize(file)).toString();
                }
                return file.toString();
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                return input + " (" + uri + ")";
            }
        }
        return uri == null || uri.equals(input) ? input : input + " (" + uri + ")";
    }

    /** An outcome known at once, queued in order with the pages in flight. */
    private static Pending settled(String input, Outcome outcome) {
        return new Pending(input, 0, CompletableFuture.completedFuture(outcome), null);
    }

    private static Failed failed(String input, String problem) {
        return new Failed(new SourceFailure(input, problem));
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String oneLine(Throwable e) {
        return String.valueOf(e).replaceAll("\\s+", " ").strip();
    }

    private static void put(BlockingQueue<Pending> queue, Pending item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            // The run is over: nobody reads the queue any more.
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemonThreads(String name) {
        return runnable -> {
            Thread t = new Thread(runnable, name);
            t.setDaemon(true);
            return t;
        };
    }
}
