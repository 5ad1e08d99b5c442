package org.annals.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints query results: as an aligned text table (cells cut to {@link #CELL_CHARS}), or as JSON
 * Lines with one object per row, keyed by column name.
 */
final class ResultPrinter {
    enum Format { table, jsonl }

    /** Widest cell of the table format, in characters. */
    static final int CELL_CHARS = 60;
    /** Rows whose widths are measured together: a long result prints in blocks of this many. */
    static final int BLOCK_ROWS = 500;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResultPrinter() {
    }

    /** Prints every row; returns how many there were. */
    static long print(ResultSet rs, Format format, PrintWriter out) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int n = meta.getColumnCount();
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            names.add(meta.getColumnLabel(i));
        }
        long rows = 0;
        if (format == Format.jsonl) {
            while (rs.next()) {
                ObjectNode row = JSON.createObjectNode();
                for (int i = 1; i <= n; i++) {
                    put(row, names.get(i - 1), rs.getObject(i));
                }
                out.println(row.toString());
                rows++;
                if (out.checkError()) {
                    break;
                }
            }
            out.flush();
            return rows;
        }
        List<String[]> block = new ArrayList<>();
        boolean header = true;
        while (rs.next()) {
            String[] cells = new String[n];
            for (int i = 1; i <= n; i++) {
                cells[i - 1] = cell(rs.getObject(i));
            }
            block.add(cells);
            rows++;
            if (block.size() == BLOCK_ROWS) {
                printBlock(names, block, header, out);
                header = false;
                block.clear();
            }
        }
        if (!block.isEmpty() || header) {
            printBlock(names, block, header, out);
        }
        out.flush();
        return rows;
    }

    private static void printBlock(List<String> names, List<String[]> block, boolean header, PrintWriter out) {
        int[] widths = new int[names.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = names.get(i).length();
            for (String[] row : block) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        if (header) {
            out.println(line(names.toArray(new String[0]), widths));
            String[] rule = new String[widths.length];
            for (int i = 0; i < widths.length; i++) {
                rule[i] = "-".repeat(widths[i]);
            }
            out.println(line(rule, widths));
        }
        for (String[] row : block) {
            out.println(line(row, widths));
        }
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append("  ");
            }
            b.append(cells[i]);
            if (i < cells.length - 1) {
                b.append(" ".repeat(widths[i] - cells[i].length()));
            }
        }
        return b.toString().stripTrailing();
    }

    static String cell(Object value) throws SQLException {
        String s;
        if (value == null) {
            s = "";
        } else if (value instanceof Array array) {
            Object[] items = (Object[]) array.getArray();
            List<String> parts = new ArrayList<>();
            for (Object item : items) {
                parts.add(String.valueOf(item));
            }
            s = String.join("; ", parts);
        } else {
            s = String.valueOf(value);
        }
        s = BaseCommand.oneLine(s.replaceAll("\\s+", " ").strip());
        return s.length() <= CELL_CHARS ? s : s.substring(0, CELL_CHARS - 1) + "…";
    }

    private static void put(ObjectNode row, String name, Object value) throws SQLException {
        if (value == null) {
            row.putNull(name);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            row.put(name, ((Number) value).longValue());
        } else if (value instanceof BigInteger big) {
            row.put(name, big);
        } else if (value instanceof BigDecimal dec) {
            row.put(name, dec);
        } else if (value instanceof Double || value instanceof Float) {
            row.put(name, ((Number) value).doubleValue());
        } else if (value instanceof Boolean bool) {
            row.put(name, bool);
        } else if (value instanceof Array array) {
            ArrayNode items = row.putArray(name);
            for (Object item : (Object[]) array.getArray()) {
                items.add(item == null ? null : String.valueOf(item));
            }
        } else {
            row.put(name, String.valueOf(value));
        }
    }
}
