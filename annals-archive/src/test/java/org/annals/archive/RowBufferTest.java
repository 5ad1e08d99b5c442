package org.annals.archive;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;

import static org.assertj.core.api.Assertions.assertThat;

class RowBufferTest {
    @Test
    void writesEveryRowAcrossChunksWithNullsAndLists() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement st = db.createStatement()) {
                st.execute("CREATE TABLE t (id INTEGER, name VARCHAR, tags VARCHAR[])");
            }
            int rows = 2 * RowBuffer.CHUNK + 3;
            try (RowBuffer buffer = new RowBuffer(db, "t", 3)) {
                for (int i = 0; i < rows; i++) {
                    buffer.setInt(1, i);
                    if (i % 2 == 0) {
                        buffer.setString(2, "row " + i);
                    } else {
                        buffer.setNull(2, Types.VARCHAR);
                    }
                    buffer.setArray(3, db.createArrayOf("VARCHAR", new Object[]{"a", "b" + i}));
                    buffer.executeUpdate();
                }
                buffer.flush();
            }
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT count(*), count(name), sum(id), max(tags[2]) FROM t")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(rows);
                assertThat(rs.getInt(2)).isEqualTo(rows / 2 + 1);
                assertThat(rs.getLong(3)).isEqualTo((long) rows * (rows - 1) / 2);
                assertThat(rs.getString(4)).isEqualTo("b99");
            }
        }
    }

    @Test
    void clearedRowsAreNotWritten() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement st = db.createStatement()) {
                st.execute("CREATE TABLE t (id INTEGER)");
            }
            try (RowBuffer buffer = new RowBuffer(db, "t", 1)) {
                buffer.setInt(1, 1);
                buffer.executeUpdate();
                buffer.clear();
                buffer.flush();
            }
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM t")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
        }
    }
}
