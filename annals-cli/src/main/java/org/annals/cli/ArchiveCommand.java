package org.annals.cli;

import org.annals.archive.ArchiveException;
import org.annals.archive.ArchiveReader;
import org.annals.archive.SqlQuery;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

/** What the archive commands share: the {@code --data} folder, date options and error reporting. */
abstract class ArchiveCommand extends BaseCommand {
    @Option(names = "--data", defaultValue = "annals-data", paramLabel = "DIR",
            description = "The archive folder (default: ./${DEFAULT-VALUE}).")
    Path data;

    /** Runs the command's body, turning archive problems into one-line errors and exit status 3. */
    final Integer guarded(Callable<Integer> body) {
        try {
            return body.call();
        } catch (ArchiveException e) {
            error(data.toString(), e.getMessage());
            return ExitCode.INTERNAL;
        } catch (org.annals.annotate.AnnotatorUnavailableException e) {
            error("models", e.getMessage());
            return ExitCode.INTERNAL;
        } catch (java.sql.SQLException e) {
            error(data.toString(), "database error: " + e.getMessage());
            return ExitCode.INTERNAL;
        } catch (java.io.IOException e) {
            error(data.toString(), "cannot read or write: " + e.getMessage());
            return ExitCode.INTERNAL;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    ArchiveReader openReader() {
        return ArchiveReader.open(data);
    }

    /** Runs a read-only query on the archive and prints its rows in {@code format}. */
    final Integer printRows(SqlQuery query, ResultPrinter.Format format) {
        return guarded(() -> {
            try (ArchiveReader archive = openReader(); PreparedStatement st = archive.prepare(query);
                 ResultSet rs = st.executeQuery()) {
                ResultPrinter.print(rs, format, out());
                return ExitCode.OK;
            }
        });
    }

    /** The first day of {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, or null. */
    LocalDate firstDay(String value, String option) {
        return value == null ? null : day(value, option, true);
    }

    /** The last day of {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, or null. */
    LocalDate lastDay(String value, String option) {
        return value == null ? null : day(value, option, false);
    }

    private LocalDate day(String value, String option, boolean first) {
        String v = value.strip();
        try {
            if (v.matches("\\d{4}")) {
                int year = Integer.parseInt(v);
                return first ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(v);
                return first ? month.atDay(1) : month.atEndOfMonth();
            }
            return LocalDate.parse(v);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw usage(spec, option + " takes YYYY, YYYY-MM or YYYY-MM-DD, not '" + oneLine(value) + "'");
        }
    }
}
