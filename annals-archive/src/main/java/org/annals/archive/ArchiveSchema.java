package org.annals.archive;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The archive's tables, as documented in {@code docs/archive-schema.md}. Every table but
 * {@code batches} and {@code failures} is keyed by the article id, so an article's rows can be
 * replaced whole when it is reprocessed.
 */
public final class ArchiveSchema {
    /** Version of the tables below; stored in {@code meta}. */
    public static final int VERSION = 1;

    static final List<String> TABLES = List.of(
            """
            CREATE TABLE IF NOT EXISTS meta (
              key VARCHAR PRIMARY KEY,
              value VARCHAR)""",
            """
            CREATE TABLE IF NOT EXISTS batches (
              seq BIGINT PRIMARY KEY,
              committed_at TIMESTAMP,
              articles INTEGER,
              failures INTEGER)""",
            """
            CREATE TABLE IF NOT EXISTS articles (
              id VARCHAR PRIMARY KEY,
              input VARCHAR,
              source_uri VARCHAR,
              source_format VARCHAR,
              source_host VARCHAR,
              fetched VARCHAR,
              title VARCHAR,
              published VARCHAR,
              published_date DATE,
              published_text VARCHAR,
              authors VARCHAR[],
              publisher VARCHAR,
              dateline_place VARCHAR,
              dateline_date VARCHAR,
              dateline_agency VARCHAR,
              section VARCHAR,
              tags VARCHAR[],
              language VARCHAR,
              text VARCHAR,
              chars INTEGER,
              raw_sha256 VARCHAR,
              payload_kind VARCHAR,
              declared_charset VARCHAR,
              container_title VARCHAR,
              container_published VARCHAR,
              truncated BOOLEAN,
              minhash INTEGER[],
              duplicate_of VARCHAR,
              story_id VARCHAR,
              story_terms BIGINT[],
              batch BIGINT,
              json VARCHAR)""",
            """
            CREATE TABLE IF NOT EXISTS entities (
              article_id VARCHAR,
              entity_id VARCHAR,
              name VARCHAR,
              type VARCHAR,
              country VARCHAR,
              sector VARCHAR,
              roles VARCHAR[],
              affiliations VARCHAR[],
              actor VARCHAR,
              canonical_id VARCHAR,
              PRIMARY KEY (article_id, entity_id))""",
            """
            CREATE TABLE IF NOT EXISTS mentions (
              article_id VARCHAR,
              entity_id VARCHAR,
              start_char INTEGER,
              end_char INTEGER,
              text VARCHAR)""",
            """
            CREATE TABLE IF NOT EXISTS times (
              article_id VARCHAR,
              seq INTEGER,
              start_char INTEGER,
              end_char INTEGER,
              text VARCHAR,
              value VARCHAR,
              precision VARCHAR,
              anchor VARCHAR)""",
            """
            CREATE TABLE IF NOT EXISTS quotes (
              article_id VARCHAR,
              seq INTEGER,
              start_char INTEGER,
              end_char INTEGER,
              text VARCHAR,
              kind VARCHAR,
              speaker_entity VARCHAR,
              speaker_name VARCHAR,
              speaker_canonical_id VARCHAR,
              cue VARCHAR,
              published_date DATE)""",
            """
            CREATE TABLE IF NOT EXISTS events (
              article_id VARCHAR,
              event_id VARCHAR,
              category VARCHAR,
              mode VARCHAR,
              cameo VARCHAR,
              place_name VARCHAR,
              place_country VARCHAR,
              place_lat DOUBLE,
              place_lon DOUBLE,
              date VARCHAR,
              event_date DATE,
              trigger_start INTEGER,
              trigger_end INTEGER,
              trigger_text VARCHAR,
              sentence_start INTEGER,
              sentence_end INTEGER,
              sentence_text VARCHAR,
              modality VARCHAR,
              confidence DOUBLE,
              rule VARCHAR,
              PRIMARY KEY (article_id, event_id))""",
            """
            CREATE TABLE IF NOT EXISTS event_participants (
              article_id VARCHAR,
              event_id VARCHAR,
              role VARCHAR,
              position INTEGER,
              entity_id VARCHAR,
              name VARCHAR,
              canonical_id VARCHAR)""",
            """
            CREATE TABLE IF NOT EXISTS failures (
              input VARCHAR,
              part VARCHAR,
              article_id VARCHAR,
              message VARCHAR,
              failed_at TIMESTAMP,
              PRIMARY KEY (input, part))""",
            """
            CREATE OR REPLACE VIEW actors AS
              SELECT canonical_id, any_value(name ORDER BY length(name) DESC) AS name, any_value(type) AS type,
                     any_value(country) AS country, any_value(actor) AS actor,
                     count(DISTINCT article_id) AS articles
              FROM entities GROUP BY canonical_id""");

    /** The tables whose rows belong to one article, children before the article itself. */
    static final List<String> ARTICLE_TABLES = List.of("event_participants", "events", "quotes", "times",
            "mentions", "entities", "articles");

    private ArchiveSchema() {
    }

    /** Creates what is missing and checks the version of what exists. */
    static void createOrCheck(Connection db) throws SQLException {
        try (Statement st = db.createStatement()) {
            for (String ddl : TABLES) {
                st.execute(ddl);
            }
            st.execute("INSERT INTO meta VALUES ('schema_version', '" + VERSION + "') ON CONFLICT DO NOTHING");
            try (var rs = st.executeQuery("SELECT value FROM meta WHERE key = 'schema_version'")) {
                rs.next();
                if (!String.valueOf(VERSION).equals(rs.getString(1))) {
                    throw new ArchiveException("the archive's tables are of version " + rs.getString(1)
                            + ", but this annals knows version " + VERSION + "; refusing to use it");
                }
            }
        }
    }
}
