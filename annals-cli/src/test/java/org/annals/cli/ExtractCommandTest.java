package org.annals.cli;

import org.annals.model.Article;
import org.annals.model.ArticleJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {
    @TempDir
    Path dir;

    private static final String PAGE = """
            <html><head><title>Ministers meet in Lisbon</title></head><body>
            <article><p>Ministers from nine countries met in Lisbon on Tuesday to discuss fishing quotas
            for the coming season, officials said after the talks ended.</p>
            <p>The meeting was the third of its kind this year and ended with a joint statement on
            shared monitoring of stocks in the Atlantic.</p></article></body></html>
            """;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    @Test
    void printsOneJsonObjectPerArticle() throws IOException {
        Path page = write("a.html", PAGE);
        Article article = ArticleJson.fromJson(CliRun.of("extract", page.toString()).out().strip());
        assertThat(article.text()).contains("Ministers from nine countries met in Lisbon");
    }

    @Test
    void textFormatPrintsTheBodyOnly() throws IOException {
        Path page = write("a.html", PAGE);
        assertThat(CliRun.of("extract", "--format", "text", page.toString()).out()).doesNotContain("{\"id\"");
    }

    @Test
    void readsStandardInput() {
        assertThat(CliRun.withStdin(PAGE, "extract", "-").out()).contains("fishing quotas");
    }

    @Test
    void missingInputIsReportedOnOneLineNamingIt() {
        CliRun run = CliRun.of("extract", dir.resolve("nope.html").toString());
        assertThat(run.err().strip()).matches("annals: .*nope\\.html: no such file or directory");
    }

    @Test
    void oneFailedInputMakesTheStatusOne() throws IOException {
        Path page = write("a.html", PAGE);
        CliRun run = CliRun.of("extract", page.toString(), dir.resolve("nope.html").toString());
        assertThat(run.status()).isEqualTo(ExitCode.INPUT_FAILED);
    }

    @Test
    void theGoodInputStillComesOutWhenAnotherFails() throws IOException {
        Path page = write("a.html", PAGE);
        CliRun run = CliRun.of("extract", dir.resolve("nope.html").toString(), page.toString());
        assertThat(run.out()).contains("fishing quotas");
    }

    @Test
    void articlesComeOutInInputOrder() throws IOException {
        Path first = write("1.txt", "The first page tells of a harbour reopening after the storm season.\n");
        Path second = write("2.txt", "The second page tells of a bridge closing for repairs in spring.\n");
        String out = CliRun.of("extract", "--format", "text", first.toString(), second.toString()).out();
        assertThat(out.indexOf("harbour")).isLessThan(out.indexOf("bridge"));
    }

    @Test
    void missingOperandIsAUsageError() {
        assertThat(CliRun.of("extract").status()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aThreadCountBelowOneIsAUsageError() throws IOException {
        Path page = write("a.html", PAGE);
        assertThat(CliRun.of("extract", "--threads", "0", page.toString()).status()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aPageTimeoutBelowOneSecondIsAUsageError() throws IOException {
        Path page = write("a.html", PAGE);
        CliRun run = CliRun.of("extract", "--page-timeout", "0", page.toString());
        assertThat(run.status()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--page-timeout");
    }

    @Test
    void stopsWithStatusThreeWhenTheOutputIsClosed() throws IOException {
        List<String> args = new ArrayList<>(List.of("extract"));
        for (int i = 0; i < 20; i++) {
            args.add(write(i + ".html", PAGE).toString());
        }
        int[] writes = {0};
        PrintWriter closed = new PrintWriter(new Writer() {
            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                writes[0]++;
                throw new IOException("Broken pipe");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        int status = AnnalsCli.run(args.toArray(String[]::new), InputStream.nullInputStream(), closed,
                new PrintWriter(new StringWriter()));
        assertThat(status).isEqualTo(ExitCode.INTERNAL);
        assertThat(writes[0]).isLessThan(5);
    }

    @Test
    void aLineBreakInAFileNameDoesNotSplitItsErrorLine() throws IOException {
        Path odd = write("new\nline.txt", "");
        CliRun run = CliRun.of("extract", odd.toString());
        assertThat(run.err().strip()).doesNotContain("\n").endsWith("new\\nline.txt: empty file");
    }
}
