package org.annals.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.annals.archive.ArchiveStats;
import org.annals.archive.SearchHit;
import org.annals.archive.SearchQuery;
import org.annals.archive.SearchResult;

import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The read-only queries behind the API and the pages, as JSON trees: SQL over the archive's tables
 * (see docs/archive-schema.md) and the archive's searcher. Every query is bounded in rows, and
 * cancelled when it runs past the query timeout.
 */
final class ArchiveViews {
    /** Results per page of a search, unless asked otherwise. */
    static final int PAGE_SIZE = 20;
    /** Most results on one page of a search. */
    static final int MAX_PAGE_SIZE = 100;
    /** Facets are counted over this many of a search's best hits. */
    static final int FACET_HITS = 200;
    /** Most rows of an event, quote or timeline listing. */
    static final int MAX_ROWS = 1000;
    /** Most neighbours drawn in an actor's network. */
    static final int NETWORK_SIZE = 16;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServedArchive archive;
    private final Duration timeout;
    private final ScheduledExecutorService watchdog;
    /** The counts change only by an ingest through this server, which clears them. */
    private final java.util.concurrent.atomic.AtomicReference<ObjectNode> statsCache =
            new java.util.concurrent.atomic.AtomicReference<>();

    ArchiveViews(ServedArchive archive, Duration timeout, ScheduledExecutorService watchdog) {
        this.archive = archive;
        this.timeout = timeout;
        this.watchdog = watchdog;
    }

    /** Counts of what the archive holds (a copy: callers may change it). */
    ObjectNode stats() throws SQLException, IOException {
        ObjectNode cached = statsCache.get();
        if (cached == null) {
            cached = countAll();
            statsCache.set(cached);
        }
        return cached.deepCopy();
    }

    /** Forgets cached counts; called after the archive changed. */
    void changed() {
        statsCache.set(null);
    }

    private ObjectNode countAll() throws SQLException, IOException {
        return archive.read((db, searcher) -> {
            ObjectNode n = JSON.createObjectNode();
            ArrayNode row = rows(db, """
                    SELECT (SELECT count(*) FROM articles) AS articles,
                           (SELECT count(DISTINCT canonical_id) FROM entities) AS entities,
                           (SELECT count(*) FROM mentions) AS mentions,
                           (SELECT count(*) FROM events) AS events,
                           (SELECT count(*) FROM quotes) AS quotes,
                           (SELECT count(DISTINCT story_id) FROM articles) AS stories,
                           (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL) AS duplicates,
                           (SELECT count(*) FROM failures) AS failures""", List.of());
            n.setAll((ObjectNode) row.get(0));
            return n;
        });
    }

    /** Stats as the archive's record; for the CLI's startup line. */
    ArchiveStats statsRecord() throws SQLException, IOException {
        ObjectNode n = stats();
        return new ArchiveStats(n.path("articles").asLong(), n.path("entities").asLong(), n.path("mentions").asLong(),
                n.path("events").asLong(), n.path("quotes").asLong(), n.path("stories").asLong(),
                n.path("duplicates").asLong(), n.path("failures").asLong());
    }

    /**
     * A search: one page of hits (a window of {@code pageSize} from {@code page * pageSize}), the exact
     * total, and, when asked, facets (months, outlets, actors, categories) over the best
     * {@link #FACET_HITS} hits.
     */
    ObjectNode search(SearchQuery query, int page, int pageSize, boolean facets) throws SQLException, IOException {
        return archive.read((db, searcher) -> {
            SearchQuery window = new SearchQuery(query.query(), query.from(), query.to(), query.actor(),
                    query.category(), query.outlet(), page * pageSize, pageSize);
            SearchResult found;
            List<String> facetIds;
            try {
                found = searcher.search(window);
                facetIds = facets && found.total() > 0 ? searcher.topIds(window, FACET_HITS) : List.of();
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest(e.getMessage());
            } catch (RuntimeException e) {
                // Lucene refuses some valid-looking queries only when it runs them (a regular expression
                // too complex to compile, say): the query is at fault, not the server.
                throw ApiException.badRequest("cannot run this query: " + Params.clip(String.valueOf(e.getMessage())));
            }
            ObjectNode n = JSON.createObjectNode();
            ArrayNode results = n.putArray("results");
            for (SearchHit h : found.hits()) {
                ObjectNode r = results.addObject();
                r.put("id", h.id());
                r.put("title", h.title());
                r.put("published", h.published());
                r.put("source", h.source());
                r.put("score", Math.round(h.score() * 1000) / 1000.0);
                r.put("snippet", h.snippet());
            }
            n.put("total", found.total());
            n.put("page", page);
            n.put("pageSize", pageSize);
            if (!facetIds.isEmpty()) {
                Array ids = db.createArrayOf("VARCHAR", facetIds.toArray());
                ObjectNode f = n.putObject("facets");
                f.set("months", rows(db, """
                        SELECT strftime(published_date, '%Y-%m') AS month, count(*) AS n FROM articles
                        WHERE id IN (SELECT unnest(?::VARCHAR[])) AND published_date IS NOT NULL
                        GROUP BY month ORDER BY month""", List.of(ids)));
                f.set("outlets", rows(db, """
                        SELECT coalesce(publisher, source_host) AS outlet, count(*) AS n FROM articles
                        WHERE id IN (SELECT unnest(?::VARCHAR[])) AND coalesce(publisher, source_host) IS NOT NULL
                        GROUP BY outlet ORDER BY n DESC, outlet LIMIT 12""", List.of(ids)));
                f.set("actors", rows(db, """
                        SELECT e.canonical_id AS id, any_value(e.name ORDER BY length(e.name) DESC) AS name,
                               any_value(e.type) AS type, count(DISTINCT e.article_id) AS n
                        FROM entities e WHERE e.article_id IN (SELECT unnest(?::VARCHAR[]))
                          AND e.type IN ('PERSON', 'ORGANIZATION')
                        GROUP BY e.canonical_id ORDER BY n DESC, name LIMIT 12""", List.of(ids)));
                f.set("categories", rows(db, """
                        SELECT category, count(DISTINCT article_id) AS n FROM events
                        WHERE article_id IN (SELECT unnest(?::VARCHAR[])) AND category IS NOT NULL
                        GROUP BY category ORDER BY n DESC, category""", List.of(ids)));
            }
            return n;
        });
    }

    /** The contract JSON of an article as stored, or null. */
    String articleJson(String id) throws SQLException, IOException {
        return archive.read((db, searcher) -> {
            ArrayNode r = rows(db, "SELECT json FROM articles WHERE id = ?", List.of(id));
            return r.isEmpty() ? null : r.get(0).path("json").asText();
        });
    }

    /** What the reader shows beside an article: its row facts and its entities' canonical ids; null when absent. */
    ObjectNode articleFacts(String id) throws SQLException, IOException {
        return archive.read((db, searcher) -> {
            ArrayNode r = rows(db, """
                    SELECT json, story_id, duplicate_of, source_host,
                      (SELECT count(*) FROM articles b WHERE b.story_id = a.story_id) AS story_size
                    FROM articles a WHERE id = ?""", List.of(id));
            if (r.isEmpty()) {
                return null;
            }
            ObjectNode n = (ObjectNode) r.get(0);
            ObjectNode canon = n.putObject("canonical");
            for (var e : rows(db, "SELECT entity_id, canonical_id FROM entities WHERE article_id = ?", List.of(id))) {
                canon.put(e.path("entity_id").asText(), e.path("canonical_id").asText());
            }
            return n;
        });
    }

    /** Actors whose name contains {@code q} (case and accents ignored), most written about first. */
    ArrayNode findEntities(String q) throws SQLException, IOException {
        return archive.read((db, searcher) -> rows(db, """
                SELECT canonical_id AS id, name, type, country, actor, articles FROM actors
                WHERE ? = '' OR contains(lower(strip_accents(name)), lower(strip_accents(?)))
                ORDER BY articles DESC, name LIMIT 100""", List.of(q, q)));
    }

    /** One actor: facts, roles, timeline of events and quotes, and network of interactions; null when absent. */
    ObjectNode entity(String id) throws SQLException, IOException {
        return archive.read((db, searcher) -> {
            ArrayNode found = rows(db, "SELECT canonical_id AS id, name, type, country, actor, articles FROM actors "
                    + "WHERE canonical_id = ?", List.of(id));
            if (found.isEmpty()) {
                return null;
            }
            ObjectNode n = (ObjectNode) found.get(0);
            ArrayNode roles = n.putArray("roles");
            for (var r : rows(db, "SELECT DISTINCT unnest(roles) AS role FROM entities WHERE canonical_id = ? "
                    + "ORDER BY role LIMIT 50", List.of(id))) {
                roles.add(r.path("role").asText());
            }
            ArrayNode sectors = n.putArray("sectors");
            for (var r : rows(db, "SELECT DISTINCT sector FROM entities WHERE canonical_id = ? AND sector IS NOT NULL "
                    + "ORDER BY sector", List.of(id))) {
                sectors.add(r.path("sector").asText());
            }
            n.set("timeline", rows(db, """
                    SELECT * FROM (
                      SELECT v.event_date::VARCHAR AS date, 'event' AS kind, v.article_id AS article, v.event_id AS event,
                        v.category, v.mode, any_value(p.role) AS role, v.place_name AS place,
                        v.sentence_text AS text, a.title
                      FROM events v JOIN event_participants p ON p.article_id = v.article_id AND p.event_id = v.event_id
                        JOIN articles a ON a.id = v.article_id
                      WHERE p.canonical_id = ?
                      GROUP BY ALL
                      UNION ALL
                      SELECT q.published_date::VARCHAR, 'quote', q.article_id, NULL, NULL, q.kind, NULL, NULL, q.text,
                        a.title
                      FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker_canonical_id = ?
                    ) ORDER BY date NULLS LAST, article, kind, event LIMIT ?""", List.of(id, id, MAX_ROWS)));
            n.set("network", rows(db, """
                    SELECT p2.canonical_id AS id, any_value(p2.name ORDER BY length(p2.name) DESC) AS name,
                      count(*) AS events,
                      count(*) FILTER (WHERE p1.role = 'actor' AND p2.role = 'recipient') AS acted_on,
                      count(*) FILTER (WHERE p1.role = 'recipient' AND p2.role = 'actor') AS acted_by
                    FROM event_participants p1 JOIN event_participants p2
                      ON p1.article_id = p2.article_id AND p1.event_id = p2.event_id
                    WHERE p1.canonical_id = ? AND p2.canonical_id <> ? AND p2.canonical_id IS NOT NULL
                    GROUP BY p2.canonical_id ORDER BY events DESC, name LIMIT ?""", List.of(id, id, NETWORK_SIZE)));
            return n;
        });
    }

    /** Events, filtered, in date order, with actors and recipients as lists of {id, name}. */
    ArrayNode events(EventFilter f) throws SQLException, IOException {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("WHERE true");
        participant(where, params, "actor", f.actor());
        participant(where, params, "recipient", f.recipient());
        if (f.category() != null) {
            where.append(" AND upper(v.category) = ?");
            params.add(f.category().toUpperCase(Locale.ROOT));
        }
        if (f.from() != null) {
            where.append(" AND v.event_date >= ?");
            params.add(java.sql.Date.valueOf(f.from()));
        }
        if (f.to() != null) {
            where.append(" AND v.event_date <= ?");
            params.add(java.sql.Date.valueOf(f.to()));
        }
        params.add(Math.min(MAX_ROWS, f.limit()));
        String sql = """
                SELECT v.event_date::VARCHAR AS date, v.article_id AS article, v.event_id AS event, v.category, v.mode,
                  v.cameo,
                  (SELECT list({'id': p.canonical_id, 'name': p.name} ORDER BY p.position) FROM event_participants p
                     WHERE p.article_id = v.article_id AND p.event_id = v.event_id AND p.role = 'actor') AS actors,
                  (SELECT list({'id': p.canonical_id, 'name': p.name} ORDER BY p.position) FROM event_participants p
                     WHERE p.article_id = v.article_id AND p.event_id = v.event_id AND p.role = 'recipient') AS recipients,
                  v.place_name AS place, v.place_country AS country, v.trigger_text AS trigger, v.modality,
                  v.confidence, v.rule, v.sentence_text AS evidence, a.title
                FROM events v JOIN articles a ON a.id = v.article_id
                """ + where + " ORDER BY v.event_date NULLS LAST, v.article_id, v.event_id LIMIT ?";
        return archive.read((db, searcher) -> rows(db, sql, params));
    }

    private static void participant(StringBuilder where, List<Object> params, String role, String who) {
        if (who == null) {
            return;
        }
        where.append(" AND EXISTS (SELECT 1 FROM event_participants p2 WHERE p2.article_id = v.article_id")
                .append(" AND p2.event_id = v.event_id AND p2.role = '").append(role).append("'")
                .append(" AND (p2.canonical_id = ? OR contains(lower(strip_accents(p2.name)), lower(strip_accents(?)))))");
        params.add(who);
        params.add(who);
    }

    /** Quotes, optionally of one speaker (canonical id or part of the name), in date order. */
    ArrayNode quotes(String speaker, int limit) throws SQLException, IOException {
        List<Object> params = new ArrayList<>();
        String where = "";
        if (speaker != null) {
            where = " WHERE q.speaker_canonical_id = ? OR contains(lower(strip_accents(q.speaker_name)), "
                    + "lower(strip_accents(?)))";
            params.add(speaker);
            params.add(speaker);
        }
        params.add(Math.min(MAX_ROWS, limit));
        String sql = """
                SELECT q.published_date::VARCHAR AS date, q.article_id AS article, q.speaker_name AS speaker,
                  q.speaker_canonical_id AS speaker_id, q.kind, q.cue, q.text, a.title
                FROM quotes q JOIN articles a ON a.id = q.article_id""" + where
                + " ORDER BY q.published_date NULLS LAST, q.article_id, q.seq LIMIT ?";
        return archive.read((db, searcher) -> rows(db, sql, params));
    }

    /** A story: its articles in publication order, and the actors they share; null when there is no such story. */
    ObjectNode story(String id) throws SQLException, IOException {
        return archive.read((db, searcher) -> {
            ArrayNode articles = rows(db, """
                    SELECT id, title, published, coalesce(publisher, source_host) AS outlet, source_uri AS source,
                      duplicate_of FROM articles WHERE story_id = ? ORDER BY published_date NULLS LAST, published, id
                    LIMIT ?""", List.of(id, MAX_ROWS));
            if (articles.isEmpty()) {
                return null;
            }
            ObjectNode n = JSON.createObjectNode();
            n.put("id", id);
            n.set("articles", articles);
            n.set("actors", rows(db, """
                    SELECT e.canonical_id AS id, any_value(e.name ORDER BY length(e.name) DESC) AS name,
                      any_value(e.type) AS type, count(DISTINCT e.article_id) AS n
                    FROM entities e JOIN articles a ON a.id = e.article_id
                    WHERE a.story_id = ? GROUP BY e.canonical_id ORDER BY n DESC, name LIMIT 20""", List.of(id)));
            n.set("events", rows(db, """
                    SELECT v.event_date::VARCHAR AS date, v.article_id AS article, v.event_id AS event, v.category,
                      v.mode, v.sentence_text AS evidence
                    FROM events v JOIN articles a ON a.id = v.article_id WHERE a.story_id = ?
                    ORDER BY v.event_date NULLS LAST, v.article_id, v.event_id LIMIT ?""", List.of(id, MAX_ROWS)));
            return n;
        });
    }

    /** Runs a bounded query and turns its rows into JSON objects keyed by column label. */
    private ArrayNode rows(Connection db, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                st.setObject(i + 1, params.get(i));
            }
            ScheduledFuture<?> cancel = watchdog.schedule(() -> {
                try {
                    st.cancel();
                } catch (SQLException ignored) {
                    // Already finished.
                }
            }, timeout.toMillis(), TimeUnit.MILLISECONDS);
            try (ResultSet rs = st.executeQuery()) {
                return toJson(rs);
            } catch (SQLException e) {
                if (cancel.isDone()) {
                    throw new ApiException(503, "the query took longer than " + timeout.toSeconds() + " s");
                }
                throw e;
            } finally {
                cancel.cancel(false);
            }
        }
    }

    private static ArrayNode toJson(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        ArrayNode out = JSON.createArrayNode();
        while (rs.next()) {
            ObjectNode row = out.addObject();
            for (int c = 1; c <= md.getColumnCount(); c++) {
                String name = md.getColumnLabel(c);
                Object v = rs.getObject(c);
                if (v == null) {
                    row.putNull(name);
                } else if (v instanceof Array a) {
                    row.set(name, JSON.valueToTree(listOf(a)));
                } else if (v instanceof Number num && (md.getColumnType(c) == Types.DOUBLE
                        || md.getColumnType(c) == Types.FLOAT || md.getColumnType(c) == Types.DECIMAL)) {
                    row.put(name, num.doubleValue());
                } else if (v instanceof Number num) {
                    row.put(name, num.longValue());
                } else if (v instanceof Boolean b) {
                    row.put(name, b);
                } else if (v instanceof java.sql.Struct s) {
                    row.set(name, JSON.valueToTree(structOf(s)));
                } else {
                    row.put(name, v.toString());
                }
            }
        }
        return out;
    }

    private static List<Object> listOf(Array a) throws SQLException {
        List<Object> out = new ArrayList<>();
        for (Object o : (Object[]) a.getArray()) {
            out.add(o instanceof java.sql.Struct s ? structOf(s) : o == null ? null : o instanceof Number ? o : o.toString());
        }
        return out;
    }

    private static java.util.Map<String, Object> structOf(java.sql.Struct s) throws SQLException {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        if (s instanceof org.duckdb.DuckDBStruct ds) {
            for (var e : ds.getMap().entrySet()) {
                m.put(e.getKey(), e.getValue() == null ? null : e.getValue().toString());
            }
        }
        return m;
    }

    /**
     * Filters of an event listing.
     *
     * @param actor     canonical id or part of the name of an actor, or null
     * @param recipient canonical id or part of the name of a recipient, or null
     * @param category  PLOVER category, or null
     * @param from      first event day, or null
     * @param to        last event day, or null
     * @param limit     most rows
     */
    record EventFilter(String actor, String recipient, String category, LocalDate from, LocalDate to, int limit) {
    }
}
