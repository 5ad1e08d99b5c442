package org.annals.archive;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Rows for one table gathered and written with multi-row INSERT statements: one statement
 * execution per {@link #CHUNK} rows instead of one per row, which is what an embedded analytical
 * database is fast at. Set the columns of a row like a prepared statement's parameters, then
 * {@link #executeUpdate()} ends the row; {@link #flush()} writes what is gathered (also done every
 * {@link #MAX_ROWS} rows, so memory stays bounded). Not thread-safe.
 */
final class RowBuffer implements AutoCloseable {
    static final int CHUNK = 64;
    static final int MAX_ROWS = 1024;

    private final Connection db;
    private final String table;
    private final int columns;
    private final List<Object[]> rows = new ArrayList<>();
    private Object[] current;
    private PreparedStatement full;

    RowBuffer(Connection db, String table, int columns) {
        this.db = db;
        this.table = table;
        this.columns = columns;
        this.current = new Object[columns];
    }

    void setString(int index, String value) {
        current[index - 1] = value;
    }

    void setInt(int index, int value) {
        current[index - 1] = value;
    }

    void setLong(int index, long value) {
        current[index - 1] = value;
    }

    void setDouble(int index, double value) {
        current[index - 1] = value;
    }

    void setBoolean(int index, boolean value) {
        current[index - 1] = value;
    }

    void setDate(int index, Date value) {
        current[index - 1] = value;
    }

    void setArray(int index, Array value) {
        current[index - 1] = value;
    }

    void setNull(int index, int sqlType) {
        current[index - 1] = null;
    }

    /** Ends the current row. */
    void executeUpdate() throws SQLException {
        rows.add(current);
        current = new Object[columns];
        if (rows.size() >= MAX_ROWS) {
            flush();
        }
    }

    /** Writes every gathered row, in the caller's transaction. */
    void flush() throws SQLException {
        int done = 0;
        while (rows.size() - done >= CHUNK) {
            if (full == null) {
                full = db.prepareStatement(insert(CHUNK));
            }
            write(full, done, CHUNK);
            done += CHUNK;
        }
        if (done < rows.size()) {
            try (PreparedStatement rest = db.prepareStatement(insert(rows.size() - done))) {
                write(rest, done, rows.size() - done);
            }
        }
        rows.clear();
    }

    /** Forgets the gathered rows (their transaction was rolled back). */
    void clear() {
        rows.clear();
        current = new Object[columns];
    }

    private void write(PreparedStatement st, int from, int n) throws SQLException {
        int p = 1;
        for (int r = from; r < from + n; r++) {
            for (Object v : rows.get(r)) {
                if (v == null) {
                    st.setNull(p++, Types.NULL);
                } else if (v instanceof Array a) {
                    st.setArray(p++, a);
                } else {
                    st.setObject(p++, v);
                }
            }
        }
        st.executeUpdate();
    }

    private String insert(int n) {
        String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        return "INSERT INTO " + table + " VALUES " + String.join(", ", Collections.nCopies(n, row));
    }

    @Override
    public void close() throws SQLException {
        if (full != null) {
            full.close();
        }
    }
}
