package org.annals.cli;

import org.annals.archive.ArchiveReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** {@code annals sql}: read-only SQL over the archive's tables. */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = "Run one read-only SQL query (DuckDB dialect) over the archive's tables; "
                + "see docs/archive-schema.md for the tables.")
final class SqlCommand extends ArchiveCommand {
    @Option(names = "--format", defaultValue = "table", paramLabel = "table|jsonl",
            description = "table (the default) or jsonl (one object per row).")
    ResultPrinter.Format format;

    @Parameters(index = "0", paramLabel = "SQL", description = "The query, e.g. \"SELECT language, count(*) FROM articles GROUP BY 1\".")
    String sql;

    @Override
    public Integer call() {
        return guarded(() -> {
            try (ArchiveReader archive = openReader()) {
                archive.lockDown();
                try (Statement st = archive.database().createStatement()) {
                    if (!st.execute(sql)) {
                        out().flush();
                        return ExitCode.OK;
                    }
                    try (ResultSet rs = st.getResultSet()) {
                        ResultPrinter.print(rs, format, out());
                    }
                } catch (SQLException e) {
                    // DuckDB prefixes the real cause with its own wrapper lines; the last line says it.
                    String m = String.valueOf(e.getMessage()).strip();
                    m = oneLine(m.substring(m.lastIndexOf('\n') + 1).replaceFirst("^Error: ", ""));
                    error("sql", m.contains("read-only") || m.contains("read only")
                            ? "the archive is opened read-only here; annals sql cannot change it (" + m + ")" : m);
                    return ExitCode.USAGE;
                }
                return ExitCode.OK;
            }
        });
    }
}
