package org.annals.source;

import org.annals.model.Source;
import org.annals.model.SourceFormat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads the inputs a user names: files, directories (recursively) and {@code -} for standard
 * input, detecting each one's format from its content.
 */
public final class Sources {
    /** Pages larger than this are cut, with a note, so one huge file cannot exhaust memory. */
    public static final int MAX_PAGE_BYTES = 16 * 1024 * 1024;

    private final InputStream stdin;

    /** @param stdin what {@code -} reads */
    public Sources(InputStream stdin) {
        this.stdin = stdin;
    }

    /**
     * Reads one input as the user named it and hands every document, or failure, to the sink.
     *
     * @param input a path, a directory, or {@code -}
     */
    public void read(String input, DocumentSink sink) {
        if (input.equals("-")) {
            try {
                readBytes("-", "-", stdin.readAllBytes(), sink);
            } catch (IOException e) {
                sink.failure(new SourceFailure("-", "cannot read standard input: " + e.getMessage()));
            }
            return;
        }
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile).filter(p -> !isHidden(p)).sorted().toList();
            } catch (IOException | UncheckedIOException e) {
                sink.failure(new SourceFailure(input, "cannot list directory: " + e.getMessage()));
                return;
            }
            for (Path file : files) {
                readFile(file, sink);
            }
        } else if (Files.exists(path)) {
            readFile(path, sink);
        } else {
            sink.failure(new SourceFailure(input, "no such file or directory"));
        }
    }

    private static boolean isHidden(Path p) {
        return p.getFileName().toString().startsWith(".");
    }

    private void readFile(Path file, DocumentSink sink) {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            sink.failure(new SourceFailure(name, "cannot read: " + e.getMessage()));
            return;
        }
        readBytes(name, file.toAbsolutePath().toUri().toString(), bytes, sink);
    }

    private void readBytes(String name, String uri, byte[] bytes, DocumentSink sink) {
        String id = sha256(bytes);
        byte[] content = bytes;
        if (isGzip(bytes)) {
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                content = in.readNBytes(MAX_PAGE_BYTES);
            } catch (IOException e) {
                sink.failure(new SourceFailure(name, "broken gzip data: " + e.getMessage()));
                return;
            }
        }
        if (content.length == 0) {
            sink.failure(new SourceFailure(name, "empty file"));
            return;
        }
        PayloadKind kind = looksLikeHtml(content) ? PayloadKind.HTML : PayloadKind.TEXT;
        SourceFormat format = kind == PayloadKind.HTML ? SourceFormat.HTML : SourceFormat.TEXT;
        sink.document(new SourceDocument(id, new Source(uri, format, null), kind, content, null, null, null));
    }

    static boolean isGzip(byte[] b) {
        return b.length >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
    }

    static boolean looksLikeHtml(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 2048), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return head.contains("<!doctype html") || head.contains("<html") || head.contains("<head")
                || head.contains("<body") || head.contains("<meta ") || head.contains("<div");
    }

    /** Hex SHA-256 of the bytes: the article id. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
