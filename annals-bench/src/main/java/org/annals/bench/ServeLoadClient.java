package org.annals.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A bounded load client for a running {@code annals serve}: for each scenario (API search, API
 * article read, HTML article page, HTML search page) it sends at most N requests from C threads,
 * stopping early at a time limit, and reports requests/s and latency percentiles. Run from its own
 * process against a server on loopback (see run-serve-bench.sh).
 */
public final class ServeLoadClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> WORDS = List.of("summit", "president", "minister", "earthquake", "election",
            "talks", "agreement", "final", "climate", "launch", "police", "government", "China", "Russia", "trade");

    private ServeLoadClient() {
    }

    /** Args: BASE_URL [REQUESTS_PER_SCENARIO] [THREADS] [SECONDS_PER_SCENARIO]. */
    public static void main(String[] args) throws Exception {
        String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        Duration limit = Duration.ofSeconds(args.length > 3 ? Long.parseLong(args[3]) : 30);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        List<String> ids = new ArrayList<>();
        for (int page = 0; page < 10 && ids.size() < 200; page++) {
            JsonNode r = JSON.readTree(get(http, base + "api/search?page=" + page).body());
            r.path("results").forEach(h -> ids.add(h.path("id").asText()));
            if (r.path("results").size() < 20) {
                break;
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("the archive at " + base + " holds no articles");
        }
        System.out.printf(Locale.ROOT, "server %s, %d articles sampled, %d threads, at most %d requests or %d s per scenario%n",
                base, ids.size(), threads, requests, limit.toSeconds());
        System.out.printf(Locale.ROOT, "%-22s %8s %8s %9s %8s %8s %8s %7s%n", "scenario", "requests", "errors",
                "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms");
        run(http, "api search", i -> base + "api/search?q=" + enc(WORDS.get(i % WORDS.size())), requests, threads, limit);
        run(http, "api article", i -> base + "api/articles/" + enc(ids.get(i % ids.size())), requests, threads, limit);
        run(http, "html article page", i -> base + "articles/" + enc(ids.get(i % ids.size())), requests, threads, limit);
        run(http, "html search page", i -> base + "?q=" + enc(WORDS.get(i % WORDS.size())), requests, threads, limit);
    }

    private static void run(HttpClient http, String name, IntFunction<String> url, int requests, int threads,
                            Duration limit) throws Exception {
        for (int i = 0; i < Math.min(50, requests); i++) {
            get(http, url.apply(i)); // warm-up
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long[] latencies = new long[requests];
        Arrays.fill(latencies, -1);
        long deadline = System.nanoTime() + limit.toNanos();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < requests && System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    try {
                        if (get(http, url.apply(i)).statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - t0;
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] done = Arrays.stream(latencies).filter(l -> l >= 0).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-22s %8d %8d %9.1f %8.2f %8.2f %8.2f %7.1f%n", name, done.length, errors.get(),
                done.length / seconds, pct(done, 0.50), pct(done, 0.90), pct(done, 0.99),
                done.length == 0 ? 0 : done[done.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
