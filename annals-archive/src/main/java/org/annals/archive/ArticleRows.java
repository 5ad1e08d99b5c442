package org.annals.archive;

import org.annals.model.AnalyzedArticle;
import org.annals.model.Article;
import org.annals.model.Entity;
import org.annals.model.Event;
import org.annals.model.Quote;
import org.annals.model.Span;
import org.annals.model.TimeExpression;

import java.net.URI;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the rows of articles into the archive's tables, gathered per table and written in
 * multi-row statements at {@link #flush()}, in the caller's transaction. Not thread-safe: one per
 * writing connection.
 */
final class ArticleRows implements AutoCloseable {
    private final Connection db;
    private final RowBuffer article;
    private final RowBuffer entity;
    private final RowBuffer mention;
    private final RowBuffer time;
    private final RowBuffer quote;
    private final RowBuffer event;
    private final RowBuffer participant;
    private final Map<String, PreparedStatement> deletes = new HashMap<>();

    ArticleRows(Connection db) throws SQLException {
        this.db = db;
        article = new RowBuffer(db, "articles", 32);
        entity = new RowBuffer(db, "entities", 10);
        mention = new RowBuffer(db, "mentions", 5);
        time = new RowBuffer(db, "times", 8);
        quote = new RowBuffer(db, "quotes", 11);
        event = new RowBuffer(db, "events", 20);
        participant = new RowBuffer(db, "event_participants", 7);
        for (String table : ArchiveSchema.ARTICLE_TABLES) {
            String key = table.equals("articles") ? "id" : "article_id";
            deletes.put(table, db.prepareStatement("DELETE FROM " + table + " WHERE " + key + " = ?"));
        }
    }

    /** Adds every row of one article; they are written by {@link #flush()}. */
    void insert(PreparedArticle prepared, long batch, String duplicateOf, String storyId) throws SQLException {
        ProcessedArticle p = prepared.article();
        int[] minhash = prepared.minhash();
        long[] storyTerms = prepared.terms();
        AnalyzedArticle a = p.analyzed();
        Article art = a.article();
        String id = art.id();
        String text = art.text();
        LocalDate published = day(art.published());
        int i = 0;
        article.setString(++i, id);
        article.setString(++i, p.input());
        article.setString(++i, art.source() == null ? null : art.source().uri());
        article.setString(++i, art.source() == null || art.source().format() == null ? null
                : art.source().format().label());
        article.setString(++i, host(art.source() == null ? null : art.source().uri()));
        article.setString(++i, art.source() == null ? null : art.source().fetched());
        article.setString(++i, art.title());
        article.setString(++i, art.published());
        setDate(article, ++i, published);
        article.setString(++i, art.publishedText());
        article.setArray(++i, db.createArrayOf("VARCHAR", art.authors().toArray()));
        article.setString(++i, art.publisher());
        article.setString(++i, art.dateline() == null ? null : art.dateline().place());
        article.setString(++i, art.dateline() == null ? null : art.dateline().date());
        article.setString(++i, art.dateline() == null ? null : art.dateline().agency());
        article.setString(++i, art.section());
        article.setArray(++i, db.createArrayOf("VARCHAR", art.tags().toArray()));
        article.setString(++i, art.language());
        article.setString(++i, text);
        article.setInt(++i, text.length());
        article.setString(++i, p.rawSha256());
        article.setString(++i, p.kind() == null ? null : p.kind().name().toLowerCase(Locale.ROOT));
        article.setString(++i, p.declaredCharset());
        article.setString(++i, p.containerTitle());
        article.setString(++i, p.containerPublished());
        article.setBoolean(++i, p.truncated());
        Integer[] signature = new Integer[minhash.length];
        for (int m = 0; m < minhash.length; m++) {
            signature[m] = minhash[m];
        }
        article.setArray(++i, db.createArrayOf("INTEGER", signature));
        article.setString(++i, duplicateOf);
        article.setString(++i, storyId);
        Long[] terms = new Long[storyTerms.length];
        for (int t = 0; t < terms.length; t++) {
            terms[t] = storyTerms[t];
        }
        article.setArray(++i, db.createArrayOf("BIGINT", terms));
        article.setLong(++i, batch);
        article.setString(++i, prepared.json());
        article.executeUpdate();

        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : a.entities()) {
            byId.put(e.id(), e);
            i = 0;
            entity.setString(++i, id);
            entity.setString(++i, e.id());
            entity.setString(++i, e.name());
            entity.setString(++i, e.type() == null ? null : e.type().name());
            entity.setString(++i, e.country());
            entity.setString(++i, e.sector());
            entity.setArray(++i, db.createArrayOf("VARCHAR", e.roles().toArray()));
            entity.setArray(++i, db.createArrayOf("VARCHAR", e.affiliations().toArray()));
            entity.setString(++i, e.actor());
            entity.setString(++i, ActorKey.of(e));
            entity.executeUpdate();
            for (Span m : e.mentions()) {
                mention.setString(1, id);
                mention.setString(2, e.id());
                mention.setInt(3, m.start());
                mention.setInt(4, m.end());
                mention.setString(5, slice(text, m));
                mention.executeUpdate();
            }
        }
        int seq = 0;
        for (TimeExpression t : a.times()) {
            i = 0;
            time.setString(++i, id);
            time.setInt(++i, seq++);
            setSpan(time, i, t.span());
            i += 2;
            time.setString(++i, t.text());
            time.setString(++i, t.value());
            time.setString(++i, t.precision() == null ? null : t.precision().label());
            time.setString(++i, t.anchor());
            time.executeUpdate();
        }
        seq = 0;
        for (Quote q : a.quotes()) {
            Entity speaker = q.speaker() == null ? null : byId.get(q.speaker());
            i = 0;
            quote.setString(++i, id);
            quote.setInt(++i, seq++);
            setSpan(quote, i, q.span());
            i += 2;
            quote.setString(++i, q.text());
            quote.setString(++i, q.kind() == null ? null : q.kind().label());
            quote.setString(++i, q.speaker());
            quote.setString(++i, speaker == null ? null : speaker.name());
            quote.setString(++i, speaker == null ? null : ActorKey.of(speaker));
            quote.setString(++i, q.cue());
            setDate(quote, ++i, published);
            quote.executeUpdate();
        }
        for (Event v : a.events()) {
            i = 0;
            event.setString(++i, id);
            event.setString(++i, v.id());
            event.setString(++i, v.category());
            event.setString(++i, v.mode());
            event.setString(++i, v.cameo());
            event.setString(++i, v.place() == null ? null : v.place().name());
            event.setString(++i, v.place() == null ? null : v.place().country());
            setDouble(event, ++i, v.place() == null ? null : v.place().lat());
            setDouble(event, ++i, v.place() == null ? null : v.place().lon());
            event.setString(++i, v.date());
            LocalDate day = day(v.date());
            setDate(event, ++i, day != null ? day : published);
            setSpan(event, i, v.trigger());
            i += 2;
            event.setString(++i, slice(text, v.trigger()));
            setSpan(event, i, v.sentence());
            i += 2;
            event.setString(++i, slice(text, v.sentence()));
            event.setString(++i, v.modality());
            event.setDouble(++i, v.confidence());
            event.setString(++i, v.rule());
            event.executeUpdate();
            participants(id, v.id(), "actor", v.actors(), byId);
            participants(id, v.id(), "recipient", v.recipients(), byId);
        }
    }

    /** Writes every row gathered since the last flush, in the caller's transaction. */
    void flush() throws SQLException {
        for (RowBuffer b : buffers()) {
            b.flush();
        }
    }

    /** Forgets gathered rows after a rollback. */
    void clear() {
        for (RowBuffer b : buffers()) {
            b.clear();
        }
    }

    private List<RowBuffer> buffers() {
        return List.of(article, entity, mention, time, quote, event, participant);
    }

    /** Deletes every row of one article, for reprocessing. */
    void delete(String id) throws SQLException {
        for (String table : ArchiveSchema.ARTICLE_TABLES) {
            PreparedStatement st = deletes.get(table);
            st.setString(1, id);
            st.executeUpdate();
        }
    }

    private void participants(String articleId, String eventId, String role, List<String> ids,
                              Map<String, Entity> byId) throws SQLException {
        int position = 0;
        for (String entityId : ids) {
            Entity e = byId.get(entityId);
            participant.setString(1, articleId);
            participant.setString(2, eventId);
            participant.setString(3, role);
            participant.setInt(4, position++);
            participant.setString(5, entityId);
            participant.setString(6, e == null ? null : e.name());
            participant.setString(7, e == null ? null : ActorKey.of(e));
            participant.executeUpdate();
        }
    }

    /** The calendar day an ISO-8601 value starts with, or null when it names no full day. */
    static LocalDate day(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The host of an http(s) address, without {@code www.}, or null. */
    static String host(String uri) {
        if (uri == null || !(uri.startsWith("http://") || uri.startsWith("https://"))) {
            return null;
        }
        try {
            String host = URI.create(uri).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String slice(String text, Span span) {
        if (span == null || span.end() > text.length()) {
            return null;
        }
        return span.of(text);
    }

    private static void setSpan(RowBuffer st, int before, Span span) throws SQLException {
        if (span == null) {
            st.setNull(before + 1, Types.INTEGER);
            st.setNull(before + 2, Types.INTEGER);
        } else {
            st.setInt(before + 1, span.start());
            st.setInt(before + 2, span.end());
        }
    }

    private static void setDate(RowBuffer st, int index, LocalDate day) throws SQLException {
        if (day == null) {
            st.setNull(index, Types.DATE);
        } else {
            st.setDate(index, Date.valueOf(day));
        }
    }

    private static void setDouble(RowBuffer st, int index, Double value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.DOUBLE);
        } else {
            st.setDouble(index, value);
        }
    }

    @Override
    public void close() throws SQLException {
        for (RowBuffer b : buffers()) {
            b.close();
        }
        for (PreparedStatement st : deletes.values()) {
            st.close();
        }
    }
}
