package org.annals.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The SQL behind the query commands, over the tables of {@link ArchiveSchema}. An actor is named by
 * its name (case and punctuation ignored: any entity whose normalised name contains it), its
 * knowledge-base id or its canonical id.
 */
public final class ArchiveQueries {
    private ArchiveQueries() {
    }

    /** Events, with their actors and recipients by name, optionally filtered, in date order. */
    public static SqlQuery events(String actor, String category, LocalDate from, LocalDate to, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE true");
        if (actor != null) {
            where.append(" AND EXISTS (SELECT 1 FROM event_participants p2 WHERE p2.article_id = v.article_id"
                    + " AND p2.event_id = v.event_id AND ").append(actorMatch("p2.name", "p2.canonical_id", actor, params))
                    .append(")");
        }
        if (category != null) {
            where.append(" AND upper(v.category) = ?");
            params.add(category.strip().toUpperCase(Locale.ROOT));
        }
        dateRange(where, params, "v.event_date", from, to);
        params.add(limit);
        return new SqlQuery("""
                SELECT v.event_date AS date, v.category, v.mode, v.cameo,
                  (SELECT string_agg(p.name, '; ' ORDER BY p.position) FROM event_participants p
                     WHERE p.article_id = v.article_id AND p.event_id = v.event_id AND p.role = 'actor') AS actors,
                  (SELECT string_agg(p.name, '; ' ORDER BY p.position) FROM event_participants p
                     WHERE p.article_id = v.article_id AND p.event_id = v.event_id AND p.role = 'recipient') AS recipients,
                  v.place_name AS place, v.confidence, v.sentence_text AS evidence, v.article_id, v.event_id
                FROM events v""" + where + " ORDER BY v.event_date NULLS LAST, v.article_id, v.event_id LIMIT ?", params);
    }

    /** Quotes, with their speakers, optionally of one speaker, in date order. */
    public static SqlQuery quotes(String speaker, LocalDate from, LocalDate to, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE true");
        if (speaker != null) {
            where.append(" AND ").append(actorMatch("q.speaker_name", "q.speaker_canonical_id", speaker, params));
        }
        dateRange(where, params, "q.published_date", from, to);
        params.add(limit);
        return new SqlQuery("""
                SELECT q.published_date AS date, q.speaker_name AS speaker, q.kind, q.cue, q.text,
                  q.article_id FROM quotes q""" + where
                + " ORDER BY q.published_date NULLS LAST, q.article_id, q.seq LIMIT ?", params);
    }

    /** The events and quotes of one actor in date order. */
    public static SqlQuery timeline(String actor, int limit) {
        List<Object> params = new ArrayList<>();
        String eventMatch = actorMatch("p.name", "p.canonical_id", actor, params);
        String quoteMatch = actorMatch("q.speaker_name", "q.speaker_canonical_id", actor, params);
        params.add(limit);
        return new SqlQuery("""
                SELECT * FROM (
                  SELECT DISTINCT v.event_date AS date, 'event' AS what,
                    v.category || coalesce(' (' || v.mode || ')', '') AS detail, v.place_name AS place,
                    v.sentence_text AS text, v.article_id
                  FROM events v JOIN event_participants p ON p.article_id = v.article_id AND p.event_id = v.event_id
                  WHERE""" + " " + eventMatch + """

                  UNION ALL
                  SELECT q.published_date, 'quote', q.kind || coalesce(' (' || q.cue || ')', ''), NULL, q.text,
                    q.article_id
                  FROM quotes q WHERE""" + " " + quoteMatch + """
                ) ORDER BY date NULLS LAST, article_id, what LIMIT ?""", params);
    }

    /** Failures, latest first. */
    public static SqlQuery failures(int limit) {
        return new SqlQuery("SELECT failed_at, input, part, message, article_id FROM failures "
                + "ORDER BY failed_at DESC, input, part LIMIT ?", List.of(limit));
    }

    private static String actorMatch(String nameColumn, String canonicalColumn, String actor, List<Object> params) {
        String key = ActorKey.normalise(actor);
        params.add(actor.strip());
        params.add("kb:" + actor.strip());
        params.add(key);
        return "(" + canonicalColumn + " = ? OR " + canonicalColumn + " = ? OR contains(" + "lower(strip_accents("
                + nameColumn + ")), strip_accents(?)))";
    }

    private static void dateRange(StringBuilder where, List<Object> params, String column, LocalDate from, LocalDate to) {
        if (from != null) {
            where.append(" AND ").append(column).append(" >= ?");
            params.add(java.sql.Date.valueOf(from));
        }
        if (to != null) {
            where.append(" AND ").append(column).append(" <= ?");
            params.add(java.sql.Date.valueOf(to));
        }
    }
}
