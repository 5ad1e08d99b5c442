package org.annals.archive;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Writes the archive out in other formats. The output appears whole or not at all: it is written
 * to a temporary file beside the target and renamed.
 */
public final class Exporter {
    /** The articles columns that csv and parquet carry: everything but the JSON and the fingerprint. */
    static final String ARTICLE_COLUMNS = "id, input, source_uri, source_format, source_host, fetched, title, "
            + "published, published_date, published_text, authors, publisher, dateline_place, dateline_date, "
            + "dateline_agency, section, tags, language, text, chars, raw_sha256, duplicate_of, story_id";

    /**
     * The 61 columns of the GDELT 2.0 event table, in GDELT's order, each with the SQL over
     * {@code events v}, {@code articles a} and the first actor {@code a1} and recipient {@code a2}
     * that fills it, or null when Annals has nothing for it (left empty). See docs/archive-schema.md.
     */
    static final List<String[]> GDELT = List.of(
            col("GLOBALEVENTID", "(hash(v.article_id || '/' || v.event_id) >> 1)::BIGINT"),
            col("SQLDATE", "strftime(v.event_date, '%Y%m%d')"),
            col("MonthYear", "strftime(v.event_date, '%Y%m')"),
            col("Year", "strftime(v.event_date, '%Y')"),
            col("FractionDate", "round(year(v.event_date) + (dayofyear(v.event_date) - 1) / 365.0, 4)"),
            col("Actor1Code", "a1.country"),
            col("Actor1Name", "upper(a1.name)"),
            col("Actor1CountryCode", "a1.country"),
            col("Actor1KnownGroupCode", null),
            col("Actor1EthnicCode", null),
            col("Actor1Religion1Code", null),
            col("Actor1Religion2Code", null),
            col("Actor1Type1Code", "a1.sector"),
            col("Actor1Type2Code", null),
            col("Actor1Type3Code", null),
            col("Actor2Code", "a2.country"),
            col("Actor2Name", "upper(a2.name)"),
            col("Actor2CountryCode", "a2.country"),
            col("Actor2KnownGroupCode", null),
            col("Actor2EthnicCode", null),
            col("Actor2Religion1Code", null),
            col("Actor2Religion2Code", null),
            col("Actor2Type1Code", "a2.sector"),
            col("Actor2Type2Code", null),
            col("Actor2Type3Code", null),
            col("IsRootEvent", "CASE WHEN v.sentence_start = 0 THEN 1 ELSE 0 END"),
            col("EventCode", "v.cameo"),
            col("EventBaseCode", "left(v.cameo, 3)"),
            col("EventRootCode", "left(v.cameo, 2)"),
            col("QuadClass", "CASE WHEN v.cameo IS NULL THEN NULL WHEN left(v.cameo, 2) <= '05' THEN 1 "
                    + "WHEN left(v.cameo, 2) <= '08' THEN 2 WHEN left(v.cameo, 2) <= '13' THEN 3 ELSE 4 END"),
            col("GoldsteinScale", null),
            col("NumMentions", "1"),
            col("NumSources", "1"),
            col("NumArticles", "1"),
            col("AvgTone", null),
            col("Actor1Geo_Type", null),
            col("Actor1Geo_FullName", null),
            col("Actor1Geo_CountryCode", null),
            col("Actor1Geo_ADM1Code", null),
            col("Actor1Geo_ADM2Code", null),
            col("Actor1Geo_Lat", null),
            col("Actor1Geo_Long", null),
            col("Actor1Geo_FeatureID", null),
            col("Actor2Geo_Type", null),
            col("Actor2Geo_FullName", null),
            col("Actor2Geo_CountryCode", null),
            col("Actor2Geo_ADM1Code", null),
            col("Actor2Geo_ADM2Code", null),
            col("Actor2Geo_Lat", null),
            col("Actor2Geo_Long", null),
            col("Actor2Geo_FeatureID", null),
            col("ActionGeo_Type", "CASE WHEN v.place_lat IS NOT NULL THEN 4 WHEN v.place_name IS NOT NULL THEN 1 END"),
            col("ActionGeo_FullName", "v.place_name"),
            col("ActionGeo_CountryCode", null),
            col("ActionGeo_ADM1Code", null),
            col("ActionGeo_ADM2Code", null),
            col("ActionGeo_Lat", "v.place_lat"),
            col("ActionGeo_Long", "v.place_lon"),
            col("ActionGeo_FeatureID", null),
            col("DATEADDED", "strftime(b.committed_at, '%Y%m%d%H%M%S')"),
            col("SOURCEURL", "a.source_uri"));

    private final ArchiveReader archive;

    public Exporter(ArchiveReader archive) {
        this.archive = archive;
    }

    /**
     * Writes the whole archive to {@code out} in a format.
     *
     * @return how many rows (articles, or events for gdelt) were written
     */
    public long export(ExportFormat format, Path out) throws IOException, SQLException {
        Path target = out.toAbsolutePath();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, "." + target.getFileName(), ".part");
        try {
            long rows = switch (format) {
                case jsonl -> lines(temp, "SELECT json FROM articles ORDER BY id");
                case gdelt -> gdelt(temp);
                case csv -> copy(temp, "FORMAT csv, HEADER true");
                case parquet -> copy(temp, "FORMAT parquet, COMPRESSION zstd");
            };
            readableByAll(temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return rows;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A temporary file is private to its owner; an export is an ordinary file. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private long lines(Path file, String sql) throws IOException, SQLException {
        long n = 0;
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 65536);
             Statement st = archive.database().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                w.write(rs.getString(1));
                w.write('\n');
                n++;
            }
        }
        return n;
    }

    private long gdelt(Path file) throws IOException, SQLException {
        StringBuilder select = new StringBuilder("SELECT ");
        for (int i = 0; i < GDELT.size(); i++) {
            String expr = GDELT.get(i)[1];
            select.append(i == 0 ? "" : ", ").append(expr == null ? "NULL" : "CAST(" + expr + " AS VARCHAR)");
        }
        select.append("""
                 FROM events v JOIN articles a ON a.id = v.article_id
                 LEFT JOIN batches b ON b.seq = a.batch
                 LEFT JOIN event_participants p1 ON p1.article_id = v.article_id AND p1.event_id = v.event_id
                   AND p1.role = 'actor' AND p1.position = 0
                 LEFT JOIN entities a1 ON a1.article_id = p1.article_id AND a1.entity_id = p1.entity_id
                 LEFT JOIN event_participants p2 ON p2.article_id = v.article_id AND p2.event_id = v.event_id
                   AND p2.role = 'recipient' AND p2.position = 0
                 LEFT JOIN entities a2 ON a2.article_id = p2.article_id AND a2.entity_id = p2.entity_id
                 ORDER BY v.event_date NULLS LAST, v.article_id, v.event_id""");
        long n = 0;
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 65536);
             Statement st = archive.database().createStatement(); ResultSet rs = st.executeQuery(select.toString())) {
            while (rs.next()) {
                for (int i = 1; i <= GDELT.size(); i++) {
                    if (i > 1) {
                        w.write('\t');
                    }
                    String v = rs.getString(i);
                    if (v != null) {
                        w.write(v.replaceAll("[\\t\\r\\n]+", " "));
                    }
                }
                w.write('\n');
                n++;
            }
        }
        return n;
    }

    private long copy(Path file, String options) throws SQLException {
        String path = file.toString().replace("'", "''");
        try (Statement st = archive.database().createStatement()) {
            st.execute("COPY (SELECT " + ARTICLE_COLUMNS + " FROM articles ORDER BY id) TO '" + path + "' ("
                    + options + ")");
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM articles")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String[] col(String name, String sql) {
        return new String[]{name, sql};
    }
}
