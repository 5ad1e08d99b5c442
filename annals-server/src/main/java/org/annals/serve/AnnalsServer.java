package org.annals.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.annals.archive.ArchiveException;
import org.annals.archive.IngestProgress;
import org.annals.archive.ArticleSearcher;
import org.annals.archive.SearchQuery;
import org.annals.model.AnalyzedArticle;
import org.annals.model.ArticleJson;
import org.annals.source.Sources;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * {@code annals serve}: the REST API under {@code /api} and the web pages over one archive, on
 * Javalin. Every response carries a strict Content-Security-Policy (scripts and styles only from
 * the server's own static files); request bodies, headers, idle connections and database queries
 * are bounded; ids from requests are checked against their shapes and only ever reach SQL as
 * parameters, never the file system.
 */
public final class AnnalsServer implements AutoCloseable {
    /** The Content-Security-Policy of every response. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    /** How long a connection may stay silent (a slow client) before it is closed. */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** How long one posted page may take through the pipeline. */
    static final Duration PAGE_TIMEOUT = Duration.ofSeconds(30);
    /** Most request-handling threads. */
    static final int MAX_THREADS = 32;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HTML = "text/html; charset=utf-8";
    private static final String JSON_TYPE = "application/json; charset=utf-8";
    private static final Map<String, String> STATIC = Map.of(
            "annals.css", "text/css; charset=utf-8",
            "annals.js", "text/javascript; charset=utf-8");

    private final ServerOptions options;
    private final ServedArchive archive;
    private final ArchiveViews views;
    private final ScheduledExecutorService watchdog;
    private final Map<String, byte[]> statics;
    private final byte[] openApi;
    private final Javalin app;

    private AnnalsServer(ServerOptions options) {
        this.options = options;
        this.statics = Map.of("annals.css", resource("static/annals.css"), "annals.js", resource("static/annals.js"));
        this.openApi = resource("openapi.json");
        this.archive = new ServedArchive(options.data());
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "annals-query-watchdog");
            t.setDaemon(true);
            return t;
        });
        this.views = new ArchiveViews(archive, options.queryTimeout(), watchdog);
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.maxRequestSize = options.maxBodyBytes();
            config.http.prefer405over404 = true;
            config.http.generateEtags = false;
            QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, 4);
            pool.setName("annals-http");
            config.jetty.threadPool = pool;
            config.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                http.setRequestHeaderSize(16 * 1024);
            });
            config.jetty.modifyServer(server -> server.setErrorHandler(new BadMessageHandler()));
            config.jetty.addConnector((server, http) -> {
                ServerConnector c = new ServerConnector(server, new HttpConnectionFactory(http));
                c.setHost(options.host());
                c.setPort(options.port());
                c.setIdleTimeout(IDLE_TIMEOUT.toMillis());
                return c;
            });
        });
        routes();
    }

    /**
     * Opens the archive and starts serving it.
     *
     * @throws ArchiveException when the archive cannot be opened for reading
     */
    public static AnnalsServer start(ServerOptions options) {
        AnnalsServer server = new AnnalsServer(options);
        try {
            server.app.start();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** The URL of the server's front page. */
    public String url() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return "http://" + (host.equals("0.0.0.0") ? "127.0.0.1" : host) + ":" + port() + "/";
    }

    /** How many articles the archive holds, for the startup line. */
    public long articles() throws java.sql.SQLException, IOException {
        return views.statsRecord().articles();
    }

    private void routes() {
        boolean loopback = isLoopback(options.host());
        app.before(ctx -> {
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Cross-Origin-Opener-Policy", "same-origin");
            // A web page elsewhere could point a name of its own at 127.0.0.1 (DNS rebinding) and read
            // the archive through the user's browser; a loopback server answers only to loopback names.
            if (loopback && !isLoopbackHost(ctx.host())) {
                throw new ApiException(403, "this server answers only to localhost and 127.0.0.1");
            }
        });
        app.get("/static/{name}", ctx -> {
            String name = ctx.pathParam("name");
            byte[] body = STATIC.containsKey(name) ? statics.get(name) : null;
            if (body == null) {
                throw ApiException.notFound("no such file");
            }
            ctx.contentType(STATIC.get(name)).header("Cache-Control", "public, max-age=300").result(body);
        });

        app.get("/api/health", ctx -> json(ctx, JSON.createObjectNode().put("status", "ok")
                .put("ingest", options.ingestEnabled())));
        app.get("/api/openapi.json", ctx -> ctx.contentType(JSON_TYPE).result(openApi));
        app.get("/api/stats", ctx -> json(ctx, views.stats()));
        app.get("/api/search", ctx -> {
            int size = Params.integer(ctx, "pageSize", ArchiveViews.PAGE_SIZE, 1, ArchiveViews.MAX_PAGE_SIZE);
            json(ctx, views.search(searchQuery(ctx), Params.page(ctx, maxPage(size)), size, false));
        });
        app.get("/api/articles/{id}", ctx -> {
            String article = views.articleJson(Params.articleId(ctx));
            if (article == null) {
                throw ApiException.notFound("no article with this id");
            }
            ctx.contentType(JSON_TYPE).result(article);
        });
        app.get("/api/entities", ctx -> {
            String q = Params.text(ctx, "q");
            json(ctx, JSON.createObjectNode().set("results", views.findEntities(q == null ? "" : q)));
        });
        app.get("/api/entities/{id}", ctx -> {
            ObjectNode n = views.entity(Params.entityId(ctx));
            if (n == null) {
                throw ApiException.notFound("no actor with this id");
            }
            json(ctx, n);
        });
        app.get("/api/events", ctx -> {
            ArrayNode rows = views.events(eventFilter(ctx));
            String format = Params.text(ctx, "format");
            if ("csv".equals(format)) {
                ctx.contentType("text/csv; charset=utf-8")
                        .header("Content-Disposition", "attachment; filename=\"annals-events.csv\"")
                        .result(Csv.events(rows));
            } else if (format == null || format.equals("json")) {
                json(ctx, JSON.createObjectNode().put("total", rows.size()).set("results", rows));
            } else {
                throw ApiException.badRequest("format must be json or csv");
            }
        });
        app.get("/api/quotes", ctx -> {
            ArrayNode rows = views.quotes(Params.text(ctx, "speaker"),
                    Params.integer(ctx, "limit", ArchiveViews.MAX_ROWS, 1, ArchiveViews.MAX_ROWS));
            json(ctx, JSON.createObjectNode().put("total", rows.size()).set("results", rows));
        });
        app.get("/api/stories/{id}", ctx -> {
            ObjectNode n = views.story(Params.articleId(ctx));
            if (n == null) {
                throw ApiException.notFound("no story with this id");
            }
            json(ctx, n);
        });
        app.post("/api/ingest", this::ingest);

        app.get("/", ctx -> {
            Pages.SearchForm form = new Pages.SearchForm(Params.text(ctx, "q"), Params.text(ctx, "from"),
                    Params.text(ctx, "to"), Params.text(ctx, "actor"), Params.category(ctx), Params.text(ctx, "outlet"));
            ObjectNode result = views.search(searchQuery(ctx), Params.page(ctx, maxPage(ArchiveViews.PAGE_SIZE)),
                    ArchiveViews.PAGE_SIZE, true);
            html(ctx, Pages.search(form, result, views.stats()));
        });
        app.get("/articles/{id}", ctx -> {
            ObjectNode facts = views.articleFacts(Params.articleId(ctx));
            if (facts == null) {
                throw ApiException.notFound("no article with this id");
            }
            AnalyzedArticle a = ArticleJson.analyzedFromJson(facts.path("json").asText());
            html(ctx, Pages.article(a, facts));
        });
        app.get("/entities/{id}", ctx -> {
            ObjectNode n = views.entity(Params.entityId(ctx));
            if (n == null) {
                throw ApiException.notFound("no actor with this id");
            }
            html(ctx, Pages.entity(n));
        });
        app.get("/entities", ctx -> {
            String q = Params.text(ctx, "q");
            html(ctx, Pages.entities(q, views.findEntities(q == null ? "" : q)));
        });
        app.get("/events", ctx -> {
            ArchiveViews.EventFilter f = eventFilter(ctx);
            html(ctx, Pages.events(f, f.actor(), f.recipient(), views.events(f)));
        });
        app.get("/stories/{id}", ctx -> {
            ObjectNode n = views.story(Params.articleId(ctx));
            if (n == null) {
                throw ApiException.notFound("no story with this id");
            }
            html(ctx, Pages.story(n));
        });

        app.exception(ApiException.class, (e, ctx) -> fail(ctx, e.status(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus(),
                e.getStatus() == 413 ? "the request body is larger than " + options.maxBodyBytes() + " bytes"
                        : e.getMessage()));
        app.exception(ArchiveException.class, (e, ctx) -> fail(ctx, 503, "the archive cannot be read: " + e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> fail(ctx, 500, "internal error"));
        app.error(404, ctx -> {
            if (ctx.attribute("annals.failed") == null) {
                fail(ctx, 404, "no such page");
            }
        });
        app.error(405, ctx -> {
            if (ctx.attribute("annals.failed") == null) {
                fail(ctx, 405, "method not allowed");
            }
        });
    }

    private static boolean isLoopback(String host) {
        try {
            return java.net.InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /** Whether a Host header names this machine's loopback interface. */
    static boolean isLoopbackHost(String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        String h = hostHeader.strip().toLowerCase(java.util.Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            h = end < 0 ? h : h.substring(1, end);
        } else if (h.indexOf(':') == h.lastIndexOf(':') && h.indexOf(':') >= 0) {
            h = h.substring(0, h.indexOf(':'));
        }
        return h.equals("localhost") || h.equals("::1") || h.matches("127(\\.\\d{1,3}){3}");
    }

    /** The last page number whose window stays within the hits a search can page through. */
    private static int maxPage(int pageSize) {
        return ArticleSearcher.MAX_WINDOW / pageSize - 1;
    }

    private static SearchQuery searchQuery(Context ctx) {
        return new SearchQuery(Params.text(ctx, "q"), Params.firstDay(ctx, "from"), Params.lastDay(ctx, "to"),
                Params.text(ctx, "actor"), Params.category(ctx), Params.text(ctx, "outlet"), 0, ArchiveViews.PAGE_SIZE);
    }

    private static ArchiveViews.EventFilter eventFilter(Context ctx) {
        return new ArchiveViews.EventFilter(Params.text(ctx, "actor"), Params.text(ctx, "recipient"),
                Params.category(ctx), Params.firstDay(ctx, "from"), Params.lastDay(ctx, "to"),
                Params.integer(ctx, "limit", ArchiveViews.MAX_ROWS, 1, ArchiveViews.MAX_ROWS));
    }

    /** {@code POST /api/ingest}: the body is one input (a page, a WARC, a feed, JSON Lines) run through the pipeline. */
    private void ingest(Context ctx) throws IOException {
        if (!options.ingestEnabled()) {
            throw new ApiException(403, "ingest is disabled: start the server with --token to enable it");
        }
        String auth = ctx.header("Authorization");
        byte[] expected = ("Bearer " + options.token()).getBytes(StandardCharsets.UTF_8);
        if (auth == null || !MessageDigest.isEqual(auth.getBytes(StandardCharsets.UTF_8), expected)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "a valid bearer token is required");
        }
        long declared = ctx.contentLength();
        if (declared > options.maxBodyBytes()) {
            throw new ApiException(413, "the request body is larger than " + options.maxBodyBytes() + " bytes");
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw ApiException.badRequest("the request body is empty: post the page itself");
        }
        IngestProgress done;
        try {
            done = archive.ingest(body, options.processor(), PAGE_TIMEOUT);
        } finally {
            views.changed();
        }
        ObjectNode n = JSON.createObjectNode();
        n.put("id", Sources.sha256(body));
        n.put("stored", done.stored());
        n.put("present", done.present());
        n.put("duplicates", done.duplicates());
        n.put("failures", done.failures());
        ctx.status(done.failures() > 0 && done.stored() == 0 && done.present() == 0 ? 422 : 200);
        json(ctx, n);
    }

    private static void json(Context ctx, JsonNode node) throws IOException {
        ctx.contentType(JSON_TYPE).result(JSON.writeValueAsBytes(node));
    }

    private static void html(Context ctx, String page) {
        ctx.contentType(HTML).result(page);
    }

    /** Answers with an error: JSON under /api, an HTML page elsewhere; never a stack trace. */
    private static void fail(Context ctx, int status, String message) {
        ctx.attribute("annals.failed", Boolean.TRUE);
        ctx.status(status);
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/api")) {
            ctx.contentType(JSON_TYPE).result(JSON.createObjectNode().put("error", message).toString());
        } else {
            ctx.contentType(HTML).result(Pages.error(status, message));
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = AnnalsServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Answers requests Jetty refuses before they reach the routes (a malformed URL, say) with a
     * short JSON error and the same protective headers, and never a stack trace.
     */
    private static final class BadMessageHandler extends org.eclipse.jetty.server.handler.ErrorHandler {
        BadMessageHandler() {
            setShowStacks(false);
            setShowServlet(false);
        }

        @Override
        public java.nio.ByteBuffer badMessageError(int status, String reason,
                                                   org.eclipse.jetty.http.HttpFields.Mutable fields) {
            fields.put("Content-Type", JSON_TYPE);
            fields.put("Content-Security-Policy", CSP);
            fields.put("X-Content-Type-Options", "nosniff");
            String message = status == 431 ? "request headers too large" : status == 414 ? "URL too long" : "bad request";
            return java.nio.ByteBuffer.wrap(JSON.createObjectNode().put("error", message).toString()
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Stops serving and closes the archive. */
    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            watchdog.shutdownNow();
            archive.close();
        }
    }
}
