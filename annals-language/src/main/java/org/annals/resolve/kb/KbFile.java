package org.annals.resolve.kb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** One data file read into rows: a header line tells its kind, {@code #} lines are comments. */
record KbFile(String name, Kind kind, List<Row> rows) {
    /** Bigger files are not hand-kept data; refusing them bounds memory on a wrong path. */
    static final long MAX_BYTES = 16L << 20;
    private static final Pattern TAB = Pattern.compile("\t");
    private static final Pattern BAR = Pattern.compile("\\|");

    KbFile {
        rows = List.copyOf(rows);
    }

    /**
     * The kinds of data file: their columns, in the order the bundled files write them, and the columns a header
     * must have to be of that kind. Other columns may be left out.
     */
    enum Kind {
        COUNTRIES(List.of("alpha3", "alpha2", "name", "aliases", "demonyms", "capital", "metonyms"),
                List.of("alpha3")),
        PEOPLE(List.of("id", "name", "aliases", "country", "sector", "role", "office", "from", "to", "organization"),
                List.of("id", "country", "sector", "role", "office", "from")),
        ORGANIZATIONS(List.of("id", "name", "aliases", "type", "country", "sector"), List.of("id")),
        ROLES(List.of("phrase", "role", "sector", "office"), List.of("phrase", "role", "sector"));

        final List<String> columns;
        final List<String> required;

        Kind(List<String> columns, List<String> required) {
            this.columns = columns;
            this.required = required;
        }

        static Kind ofHeader(List<String> header) {
            Set<String> given = new HashSet<>(header);
            if (given.size() != header.size()) {
                return null;
            }
            for (Kind kind : values()) {
                if (kind.columns.containsAll(given) && given.containsAll(kind.required)) {
                    return kind;
                }
            }
            return null;
        }
    }

    /** One data line: its cells by column name, and where it was read. */
    record Row(String file, int line, Map<String, String> cells) {
        Row {
            cells = Map.copyOf(cells);
        }

        /** The trimmed cell of {@code column}, empty when blank. */
        String get(String column) {
            return cells.getOrDefault(column, "");
        }

        /** The {@code |}-separated values of {@code column}, trimmed, blanks dropped. */
        List<String> list(String column) {
            return Arrays.stream(BAR.split(get(column))).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        /** {@code file:line: problem}. */
        String problem(String problem) {
            return file + ":" + line + ": " + problem;
        }
    }

    /** Reads a user's file, adding what is wrong with it to {@code problems}; null when it cannot be used. */
    static KbFile read(Path path, List<String> problems) {
        String name = path.toString();
        try {
            if (!Files.isRegularFile(path)) {
                problems.add(name + ": not a readable file");
                return null;
            }
            if (Files.size(path) > MAX_BYTES) {
                problems.add(name + ": larger than " + (MAX_BYTES >> 20) + " MB; not a knowledge-base file");
                return null;
            }
            return parse(name, decode(Files.readAllBytes(path)), problems);
        } catch (CharacterCodingException e) {
            problems.add(name + ": not UTF-8 text");
        } catch (IOException e) {
            problems.add(name + ": cannot be read (" + e.getMessage() + ")");
        }
        return null;
    }

    /** Reads a bundled file from this package's resources. */
    static KbFile resource(String resource, List<String> problems) {
        try (InputStream in = KbFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                problems.add(resource + ": missing from the class path");
                return null;
            }
            return parse(resource, decode(in.readAllBytes()), problems);
        } catch (IOException e) {
            problems.add(resource + ": cannot be read (" + e.getMessage() + ")");
            return null;
        }
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The rows of {@code text}; problems of single lines are reported and those lines skipped. */
    static KbFile parse(String name, String text, List<String> problems) {
        String[] lines = text.split("\r?\n|\r", -1);
        Kind kind = null;
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            List<String> cells = Arrays.stream(TAB.split(line, -1)).map(String::strip).toList();
            if (header == null) {
                header = cells.stream().map(c -> c.toLowerCase(java.util.Locale.ROOT)).toList();
                kind = Kind.ofHeader(header);
                if (kind == null) {
                    problems.add(name + ":" + (i + 1) + ": the header line names no known kind of file; expected "
                            + "tab-separated columns of one of: " + headers());
                    return null;
                }
                continue;
            }
            if (cells.size() > header.size()) {
                problems.add(name + ":" + (i + 1) + ": " + cells.size() + " cells but the header has "
                        + header.size() + " columns (cells are separated by tabs)");
                continue;
            }
            Map<String, String> byColumn = new HashMap<>();
            for (int c = 0; c < cells.size(); c++) {
                byColumn.put(header.get(c), cells.get(c));
            }
            rows.add(new Row(name, i + 1, byColumn));
        }
        if (kind == null) {
            problems.add(name + ":1: no header line; expected tab-separated columns of one of: " + headers());
            return null;
        }
        return new KbFile(name, kind, rows);
    }

    private static String headers() {
        List<String> all = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            all.add(String.join(" ", kind.columns) + " (at least " + String.join(" ", kind.required) + ")");
        }
        return String.join(" / ", all);
    }
}
