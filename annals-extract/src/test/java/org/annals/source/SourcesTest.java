package org.annals.source;

import org.annals.model.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SourcesTest {
    private static final String BINARY = "binary data, not a text, HTML, WARC, feed or JSON Lines input";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void textPageIsOneDocumentWhoseIdIsTheHashOfItsBytes() throws IOException {
        Path file = write("page.txt", "Harbour reopens\n\nThe harbour reopened on Monday.\n");

        Collected c = Collected.read(file.toString());

        assertThat(c.failures).isEmpty();
        SourceDocument doc = c.documents.get(0);
        assertThat(doc.id()).isEqualTo(Sources.sha256(Files.readAllBytes(file)));
        assertThat(doc.kind()).isEqualTo(PayloadKind.TEXT);
        assertThat(doc.source().format()).isEqualTo(SourceFormat.TEXT);
        assertThat(doc.source().uri()).isEqualTo(file.toUri().toString());
        assertThat(doc.truncated()).isFalse();
        assertThat(c.stats).isEqualTo(new SourceStats(1, 0, 0));
    }

    @Test
    void htmlIsToldByItsContentNotItsName() throws IOException {
        Path file = write("page.txt", "<!DOCTYPE html><html><body><p>Hi</p></body></html>");

        Collected c = Collected.read(file.toString());

        assertThat(c.documents.get(0).kind()).isEqualTo(PayloadKind.HTML);
        assertThat(c.documents.get(0).source().format()).isEqualTo(SourceFormat.HTML);
    }

    @Test
    void gzippedHtmlIsDecompressedAndHashedAsStored() throws IOException {
        byte[] html = "<html><head><title>T</title></head><body><p>Body</p></body></html>".getBytes(StandardCharsets.UTF_8);
        Path file = write("page.html.gz", gzip(html));

        Collected c = Collected.read(file.toString());

        assertThat(c.failures).isEmpty();
        assertThat(c.documents.get(0).payload()).isEqualTo(html);
        assertThat(c.documents.get(0).kind()).isEqualTo(PayloadKind.HTML);
        assertThat(c.documents.get(0).id()).isEqualTo(Sources.sha256(Files.readAllBytes(file)));
    }

    @Test
    void htmlWithNoBodyIsStillADocument() throws IOException {
        Path file = write("head-only.htm", "<html><head><title>Only a title</title></head></html>");

        Collected c = Collected.read(file.toString());

        assertThat(c.failures).isEmpty();
        assertThat(c.documents).singleElement().extracting(SourceDocument::kind).isEqualTo(PayloadKind.HTML);
    }

    @Test
    void htmlFragmentIsToldByItsExtension() throws IOException {
        Path file = write("fragment.html", "Hello <b>world</b>");

        assertThat(Collected.read(file.toString()).documents.get(0).kind()).isEqualTo(PayloadKind.HTML);
    }

    @Test
    void emptyFileIsAFailure() throws IOException {
        Path file = write("empty.txt", new byte[0]);

        Collected c = Collected.read(file.toString());

        assertThat(c.documents).isEmpty();
        assertThat(c.failures).containsExactly(new SourceFailure(file.toString(), "empty file"));
    }

    @Test
    void randomBytesAreBinary() throws IOException {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Path file = write("noise.bin", noise);

        assertThat(Collected.read(file.toString()).failures)
                .containsExactly(new SourceFailure(file.toString(), BINARY));
    }

    @Test
    void aHugeFileOfZerosIsRefusedWithoutReadingItWhole() throws IOException {
        Path file = dir.resolve("sparse.txt");
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(16L * 1024 * 1024 * 1024);
        }
        long start = System.nanoTime();

        Collected c = Collected.read(file.toString());

        assertThat(c.failures).containsExactly(new SourceFailure(file.toString(), BINARY));
        // Hashing 16 GB first would take many seconds; sniffing the head takes milliseconds.
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(3));
    }

    @Test
    void pngIsBinaryWhateverItsName() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Path file = write("picture.html", png);

        assertThat(Collected.read(file.toString()).failures)
                .containsExactly(new SourceFailure(file.toString(), BINARY));
    }

    @Test
    void truncatedGzipIsAFailure() throws IOException {
        byte[] text = new byte[200_000];
        new Random(3).ints(text.length, 'a', 'z' + 1).forEach(new java.util.function.IntConsumer() {
            int i;

            @Override
            public void accept(int v) {
                text[i++] = (byte) v;
            }
        });
        byte[] gz = gzip(text);
        Path file = write("cut.txt.gz", Arrays.copyOf(gz, gz.length / 2));

        Collected c = Collected.read(file.toString());

        assertThat(c.documents).isEmpty();
        assertThat(c.failures).containsExactly(new SourceFailure(file.toString(), "truncated gzip data"));
    }

    @Test
    void fiftyMegabytePageIsCutAtTheLimitAndMarked() throws IOException {
        Path file = dir.resolve("huge.html");
        byte[] line = "<p>The council met again and talked about the harbour for a long time.</p>\n"
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write("<html><body>\n".getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }

        Collected c = Collected.read(file.toString());

        assertThat(c.failures).isEmpty();
        SourceDocument doc = c.documents.get(0);
        assertThat(doc.truncated()).isTrue();
        assertThat(doc.payload().length).isLessThanOrEqualTo(Sources.MAX_PAGE_BYTES)
                .isGreaterThan(Sources.MAX_PAGE_BYTES - 4096);
        assertThat(doc.payload()[doc.payload().length - 1]).isEqualTo((byte) '\n');
    }

    @Test
    void invalidUtf8IsStillAPage() throws IOException {
        byte[] bytes = "Caf\u00e9 opens ".getBytes(StandardCharsets.ISO_8859_1);
        Path file = write("latin.txt", concat(bytes, new byte[] {(byte) 0xC3, (byte) 0x28, 'o', 'k', '\n'}));

        Collected c = Collected.read(file.toString());

        assertThat(c.failures).isEmpty();
        assertThat(c.documents).singleElement().extracting(SourceDocument::kind).isEqualTo(PayloadKind.TEXT);
    }

    @Test
    void utf16TextIsNotBinary() throws IOException {
        Path file = write("utf16.txt", "Talks resumed today.\n".getBytes(StandardCharsets.UTF_16LE));

        Collected c = Collected.read(file.toString());

        assertThat(c.failures).isEmpty();
        assertThat(c.documents).hasSize(1);
    }

    @Test
    void missingPathIsAFailure() {
        String missing = dir.resolve("nowhere.txt").toString();

        Collected c = Collected.read(missing);

        assertThat(c.failures).containsExactly(new SourceFailure(missing, "no such file or directory"));
    }

    @Test
    void unreadableFileIsAFailure() throws IOException {
        Path file = write("secret.txt", "text");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as a user who can read anything");

        Collected c = Collected.read(file.toString());

        assertThat(c.failures).containsExactly(new SourceFailure(file.toString(), "cannot read: permission denied"));
    }

    @Test
    void directoriesAreReadRecursivelyInOrderSkippingHiddenFiles() throws IOException {
        write("b/2.txt", "second");
        write("a/1.txt", "first");
        write("a/.hidden.txt", "hidden");
        write(".git/config.txt", "hidden folder");
        write("c.txt", "third");

        Collected c = Collected.read(dir.toString());

        assertThat(c.documents).extracting(d -> new String(d.payload(), StandardCharsets.UTF_8))
                .containsExactly("first", "second", "third");
    }

    @Test
    void linkLoopsInDirectoriesAreReportedNotFollowedForever() throws IOException {
        write("sub/page.txt", "a page");
        Files.createSymbolicLink(dir.resolve("sub/loop"), dir);

        Collected c = Collected.read(dir.toString());

        assertThat(c.documents).hasSize(1);
        assertThat(c.failures).singleElement().satisfies(f -> assertThat(f.problem()).isEqualTo("link loop; not followed"));
    }

    @Test
    void devicesAreReadAsStreams() {
        assumeTrue(Files.exists(Path.of("/dev/null")) && Files.exists(Path.of("/dev/zero")), "no /dev");

        assertThat(Collected.read("/dev/null").failures).containsExactly(new SourceFailure("/dev/null", "empty file"));
        // Refused from its first bytes, not spooled forever.
        assertThat(Collected.read("/dev/zero").failures).containsExactly(new SourceFailure("/dev/zero", BINARY));
    }

    @Test
    void binaryStandardInputIsRefused() {
        byte[] noise = new byte[100_000];
        new Random(5).nextBytes(noise);

        Collected c = Collected.read(new Sources(new ByteArrayInputStream(noise)), "-");

        assertThat(c.failures).containsExactly(new SourceFailure("-", BINARY));
    }

    @Test
    void gzippedStandardInputIsRead() {
        byte[] gz = gzip("<html><body><p>Piped and gzipped.</p></body></html>".getBytes(StandardCharsets.UTF_8));

        Collected c = Collected.read(new Sources(new ByteArrayInputStream(gz)), "-");

        assertThat(c.failures).isEmpty();
        assertThat(c.documents).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(PayloadKind.HTML);
            assertThat(d.id()).isEqualTo(Sources.sha256(gz));
            assertThat(d.source().uri()).isEqualTo("-");
        });
    }

    @Test
    void dashReadsStandardInput() {
        byte[] jsonl = "{\"text\": \"From a pipe.\"}\n{\"text\": \"Second.\"}\n".getBytes(StandardCharsets.UTF_8);
        Sources sources = new Sources(new ByteArrayInputStream(jsonl));

        Collected c = Collected.read(sources, "-");

        assertThat(c.failures).isEmpty();
        assertThat(c.documents).extracting(SourceDocument::id)
                .containsExactly(Sources.sha256(jsonl) + "#1", Sources.sha256(jsonl) + "#2");
        assertThat(c.documents.get(0).source().uri()).isEqualTo("-#1");
    }

    static byte[] gzip(byte[] bytes) {
        return WarcSourceTest.gzip(bytes);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
