package org.annals.archive;

import org.annals.model.AnalyzedArticle;
import org.annals.source.DocumentSink;
import org.annals.source.SourceDocument;
import org.annals.source.SourceFailure;
import org.annals.source.Sources;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs inputs into the archive: one thread reads documents (skipping those already archived),
 * workers run the processor on them and put their raw bytes in the raw store, and the calling
 * thread commits what they give in batches. Memory stays bounded: the queues between the stages
 * are short, and a batch is committed every {@link #BATCH_ARTICLES} articles,
 * {@link #BATCH_CHARS} characters or {@link #BATCH_INTERVAL}, whichever comes first.
 */
public final class Ingest {
    static final int BATCH_ARTICLES = 200;
    static final long BATCH_CHARS = 16L * 1024 * 1024;
    static final Duration BATCH_INTERVAL = Duration.ofSeconds(2);

    /** One unit of work: a document and the input it came from. */
    private record Work(String input, SourceDocument doc) {
    }

    /** What a worker or the reader hands to the committing thread. */
    private sealed interface Result permits Done, Failed, Fatal, End {
    }

    /** The archive cannot be written: the run stops. */
    private record Fatal(ArchiveException problem) implements Result {
    }

    private record Done(PreparedArticle article) implements Result {
    }

    private record Failed(FailureRecord failure) implements Result {
    }

    /** A worker has finished. */
    private record End() implements Result {
    }

    /**
     * A worker thread and the document it is on. A worker that runs past the page time is
     * abandoned: its document becomes a failure, a fresh worker takes its place, and whatever it
     * returns later is dropped.
     */
    private static final class Worker {
        Thread thread;
        Work current;
        long started;
        boolean abandoned;
    }

    private final ArchiveWriter archive;
    private final Sources sources;
    private final ArticleProcessor processor;
    private final int threads;
    private final Duration pageTimeout;

    /**
     * @param archive     where articles go
     * @param sources     what reads the inputs
     * @param processor   the pipeline run on every document
     * @param threads     worker threads, at least 1
     * @param pageTimeout how long one document may take before it is skipped as a failure
     */
    public Ingest(ArchiveWriter archive, Sources sources, ArticleProcessor processor, int threads,
                  Duration pageTimeout) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.archive = archive;
        this.sources = sources;
        this.processor = processor;
        this.threads = threads;
        this.pageTimeout = pageTimeout;
    }

    /**
     * Ingests every input; calls {@code progress} after every commit and at least every second.
     *
     * @return the final count
     * @throws ArchiveException when the archive cannot be written; what was committed stays
     */
    public IngestProgress run(List<String> inputs, Consumer<IngestProgress> progress) {
        long start = System.nanoTime();
        long bytesTotal = totalBytes(inputs);
        AtomicLong bytesRead = new AtomicLong();
        AtomicLong present = new AtomicLong();
        BlockingQueue<Work> work = new ArrayBlockingQueue<>(threads * 4);
        BlockingQueue<Result> results = new ArrayBlockingQueue<>(threads * 8);
        Thread reader = new Thread(() -> read(inputs, work, results, bytesRead, present), "annals-ingest-reader");
        reader.setDaemon(true);
        List<Worker> workers = new ArrayList<>();
        reader.start();
        for (int i = 0; i < threads; i++) {
            workers.add(startWorker(work, results));
        }

        long stored = 0;
        long duplicates = 0;
        long failures = 0;
        List<PreparedArticle> batch = new ArrayList<>();
        List<FailureRecord> failed = new ArrayList<>();
        long batchChars = 0;
        long batchStarted = System.nanoTime();
        long lastReport = 0;
        int ended = 0;
        int abandoned = 0;
        try {
            while (ended < threads) {
                Result r = results.poll(200, TimeUnit.MILLISECONDS);
                if (batch.isEmpty() && failed.isEmpty()) {
                    batchStarted = System.nanoTime();
                }
                if (r instanceof Done d) {
                    batch.add(d.article());
                    batchChars += d.article().article().analyzed().article().text().length();
                } else if (r instanceof Failed f) {
                    failed.add(f.failure());
                } else if (r instanceof Fatal fatal) {
                    throw fatal.problem();
                } else if (r instanceof End) {
                    ended++;
                }
                for (int i = 0; i < workers.size(); i++) {
                    FailureRecord overdue = abandonIfOverdue(workers.get(i));
                    if (overdue != null) {
                        failed.add(overdue);
                        if (++abandoned > 2 * threads) {
                            throw new ArchiveException("stopped: " + abandoned + " documents ran past "
                                    + seconds(pageTimeout) + " and their workers cannot be stopped; "
                                    + "everything committed before is kept");
                        }
                        workers.set(i, startWorker(work, results));
                    }
                }
                boolean due = batch.size() + failed.size() >= BATCH_ARTICLES || batchChars >= BATCH_CHARS
                        || System.nanoTime() - batchStarted >= BATCH_INTERVAL.toNanos() || ended == threads;
                if (due && (!batch.isEmpty() || !failed.isEmpty())) {
                    CommitResult c = archive.commitPrepared(batch, failed);
                    stored += c.stored();
                    duplicates += c.duplicates();
                    failures += c.failures();
                    present.addAndGet(c.present());
                    batch = new ArrayList<>();
                    failed = new ArrayList<>();
                    batchChars = 0;
                }
                long now = System.nanoTime();
                if (now - lastReport >= 1_000_000_000L || r instanceof End) {
                    lastReport = now;
                    progress.accept(new IngestProgress(stored, present.get(), duplicates, failures,
                            bytesRead.get(), bytesTotal, (now - start) / 1e9));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArchiveException("ingest interrupted; everything committed before is kept", e);
        } finally {
            reader.interrupt();
            workers.forEach(w -> w.thread.interrupt());
        }
        // The last batch's index commit may still run; a failure there must stop the run loudly.
        archive.flush();
        return new IngestProgress(stored, present.get(), duplicates, failures, bytesTotal > 0 ? bytesTotal
                : bytesRead.get(), bytesTotal, (System.nanoTime() - start) / 1e9);
    }

    private Worker startWorker(BlockingQueue<Work> work, BlockingQueue<Result> results) {
        Worker w = new Worker();
        w.thread = new Thread(() -> process(w, work, results), "annals-ingest-worker");
        w.thread.setDaemon(true);
        w.thread.start();
        return w;
    }

    /** Abandons a worker whose document has run past the page time; returns that document's failure. */
    private FailureRecord abandonIfOverdue(Worker w) {
        synchronized (w) {
            if (w.current == null || w.abandoned || System.nanoTime() - w.started < pageTimeout.toNanos()) {
                return null;
            }
            w.abandoned = true;
            w.thread.interrupt();
            Work late = w.current;
            return new FailureRecord(late.input(), name(late.input(), late.doc().source().uri()), late.doc().id(),
                    "processing took longer than " + seconds(pageTimeout) + "; skipped");
        }
    }

    private void read(List<String> inputs, BlockingQueue<Work> work, BlockingQueue<Result> results,
                      AtomicLong bytesRead, AtomicLong present) {
        Set<String> counted = new HashSet<>();
        try {
            for (String input : inputs) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                long before = bytesRead.get();
                sources.read(input, new DocumentSink() {
                    @Override
                    public void document(SourceDocument doc) {
                        countFile(doc.source().uri(), counted, bytesRead);
                        if (archive.contains(doc.id())) {
                            present.incrementAndGet();
                            return;
                        }
                        put(work, new Work(input, doc));
                    }

                    @Override
                    public void failure(SourceFailure failure) {
                        put(results, new Failed(new FailureRecord(input, failure.input(), null, failure.problem())));
                    }
                });
                // The input is read through: its bytes count whole, whatever its format.
                bytesRead.set(before + bytes(input));
            }
        } catch (RuntimeException | Error e) {
            put(results, new Failed(new FailureRecord("-", "-", null, "reading stopped: " + Database.oneLine(e))));
        } finally {
            for (int i = 0; i < threads; i++) {
                put(work, new Work(null, null));
            }
        }
    }

    private void process(Worker self, BlockingQueue<Work> work, BlockingQueue<Result> results) {
        try {
            while (true) {
                Work w = work.take();
                if (w.doc() == null) {
                    break;
                }
                synchronized (self) {
                    self.current = w;
                    self.started = System.nanoTime();
                }
                Result r = processOne(w);
                synchronized (self) {
                    if (self.abandoned) {
                        // Its document is already recorded as a failure, and a new worker runs in its place.
                        return;
                    }
                    self.current = null;
                }
                results.put(r);
            }
            results.put(new End());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Result processOne(Work w) {
        SourceDocument doc = w.doc();
        String part = name(w.input(), doc.source().uri());
        try {
            AnalyzedArticle analyzed = processor.process(doc);
            if (!doc.id().equals(analyzed.article().id())) {
                return new Failed(new FailureRecord(w.input(), part, doc.id(), "the pipeline changed the article id"));
            }
            String sha = archive.raw().put(doc.payload());
            return new Done(PreparedArticle.of(ProcessedArticle.of(w.input(), sha, doc, analyzed)));
        } catch (IOException e) {
            return new Fatal(new ArchiveException("cannot write the raw store of the archive at "
                    + archive.layout().dir() + ": " + Database.oneLine(e)
                    + "; everything committed before is kept, rerun to go on", e));
        } catch (StackOverflowError e) {
            return new Failed(new FailureRecord(w.input(), part, doc.id(), "page too deeply nested to read"));
        } catch (OutOfMemoryError e) {
            return new Failed(new FailureRecord(w.input(), part, doc.id(), "page too large to read in memory"));
        } catch (RuntimeException e) {
            return new Failed(new FailureRecord(w.input(), part, doc.id(), "cannot process: " + Database.oneLine(e)));
        }
    }

    /** A document as the user would name it: its file, or the input and the document's address. */
    static String name(String input, String uri) {
        if (uri == null || uri.equals(input)) {
            return input;
        }
        if (uri.startsWith("file:")) {
            try {
                return Path.of(URI.create(uri)).toString();
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                return input + " (" + uri + ")";
            }
        }
        return input + " (" + uri + ")";
    }

    private static void countFile(String uri, Set<String> counted, AtomicLong bytesRead) {
        if (uri != null && uri.startsWith("file:") && counted.add(uri)) {
            try {
                bytesRead.addAndGet(Files.size(Path.of(URI.create(uri))));
            } catch (IOException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException ignored) {
                // Progress only: a file that cannot be sized counts when its input is done.
            }
        }
    }

    private static long totalBytes(List<String> inputs) {
        long total = 0;
        for (String input : inputs) {
            total += bytes(input);
        }
        return total;
    }

    /** Bytes of a file, or of the regular files below a directory; 0 for standard input. */
    private static long bytes(String input) {
        if (input.equals("-")) {
            return 0;
        }
        Path path = Path.of(input);
        if (!Files.isDirectory(path)) {
            try {
                return Files.isRegularFile(path) ? Files.size(path) : 0;
            } catch (IOException e) {
                return 0;
            }
        }
        long[] sum = {0};
        try {
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")) {
                        sum[0] += attrs.size();
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return sum[0];
        }
        return sum[0];
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static <T> void put(BlockingQueue<T> queue, T item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
