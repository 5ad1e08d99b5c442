package org.annals.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A serving command run in-process on its own thread, stopped by interrupting it. */
final class ServingRun implements AutoCloseable {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Thread thread;
    private volatile int status = -1;

    ServingRun(String... args) {
        thread = new Thread(() -> status = AnnalsCli.run(args, new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out, true), new PrintWriter(err, true)), "serving-run");
        thread.start();
    }

    /** The URL the command printed, waiting for it up to {@code timeout}; null when it stopped without one. */
    String awaitUrl(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            String printed;
            synchronized (out) {
                printed = out.toString();
            }
            if (printed.contains("\n")) {
                return printed.substring(0, printed.indexOf('\n')).strip();
            }
            if (!thread.isAlive()) {
                return null;
            }
            Thread.sleep(50);
        }
        return null;
    }

    String get(String url) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() + " " + r.body();
    }

    String err() {
        return err.toString();
    }

    int status() {
        return status;
    }

    /** Stops the command and waits for it to return. */
    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join(30_000);
    }
}
