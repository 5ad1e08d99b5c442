package org.annals.serve;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Event rows as CSV (RFC 4180), safe to open in a spreadsheet. */
final class Csv {
    private static final List<String> COLUMNS = List.of("date", "category", "mode", "cameo", "actors", "recipients",
            "place", "country", "trigger", "confidence", "evidence", "title", "article", "event");

    private Csv() {
    }

    /** The rows of {@code /api/events} as CSV with a header line. */
    static String events(Iterable<JsonNode> rows) {
        StringBuilder b = new StringBuilder();
        line(b, COLUMNS);
        for (JsonNode r : rows) {
            List<String> cells = new ArrayList<>();
            for (String c : COLUMNS) {
                JsonNode v = r.path(c);
                if (v.isArray()) {
                    List<String> names = new ArrayList<>();
                    v.forEach(a -> names.add(a.path("name").asText()));
                    cells.add(String.join("; ", names));
                } else {
                    cells.add(v.isMissingNode() || v.isNull() ? "" : v.asText());
                }
            }
            line(b, cells);
        }
        return b.toString();
    }

    private static void line(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(cell(cells.get(i)));
        }
        b.append("\r\n");
    }

    /**
     * One quoted cell. A cell a spreadsheet would run as a formula (starting with =, +, -, @, tab or
     * carriage return) gets a leading apostrophe, so scraped text can never compute anything.
     */
    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
