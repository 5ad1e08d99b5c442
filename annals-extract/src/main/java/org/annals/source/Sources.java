package org.annals.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads the inputs a user names: files, directories (recursively) and {@code -} for standard
 * input, detecting each file's format from its content: plain text, HTML, WARC, RSS/Atom feed or
 * JSON Lines, each possibly gzipped. Never throws: what cannot be read becomes a
 * {@link SourceFailure} with a one-line message.
 */
public final class Sources {
    /** Pages larger than this are cut, with a note, so one huge file cannot exhaust memory. */
    public static final int MAX_PAGE_BYTES = 16 * 1024 * 1024;

    /** Standard input and pipes are spooled to disk, up to this much. */
    static final long MAX_STREAM_BYTES = 4L * 1024 * 1024 * 1024;

    private static final String EMPTY = "empty file";
    private static final String BINARY = "binary data, not a text, HTML, WARC, feed or JSON Lines input";

    private final InputStream stdin;

    /** @param stdin what {@code -} reads */
    public Sources(InputStream stdin) {
        this.stdin = stdin;
    }

    /**
     * Reads one input as the user named it and hands every document, or failure, to the sink.
     *
     * @param input a path, a directory, or {@code -}
     * @return how many documents, failures and skipped parts the input gave
     */
    public SourceStats read(String input, DocumentSink sink) {
        CountingSink counting = new CountingSink(sink);
        int skipped;
        try {
            skipped = readInput(input, counting);
        } catch (RuntimeException e) {
            // A last guard: a bug in one reader must not stop the other inputs.
            counting.failure(new SourceFailure(input, "cannot read: " + String.valueOf(e).replaceAll("\\s+", " ")));
            skipped = 0;
        }
        return new SourceStats(counting.documents, counting.failures, skipped);
    }

    private int readInput(String input, DocumentSink sink) {
        if (input.equals("-")) {
            return readStdin(sink);
        }
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            List<Path> files;
            try {
                files = listFiles(path, sink);
            } catch (IOException e) {
                sink.failure(new SourceFailure(input, "cannot list directory: " + describe(e)));
                return 0;
            }
            int skipped = 0;
            for (Path file : files) {
                skipped += readFile(file.toString(), file, file.toAbsolutePath().toUri().toString(), sink);
            }
            return skipped;
        }
        if (!Files.exists(path)) {
            sink.failure(new SourceFailure(input, "no such file or directory"));
            return 0;
        }
        String uri = path.toAbsolutePath().toUri().toString();
        if (!Files.isRegularFile(path)) {
            // A pipe or a device (process substitution, /dev/stdin) can be read only once.
            try (InputStream in = Files.newInputStream(path)) {
                return readStream(input, uri, in, sink);
            } catch (IOException e) {
                sink.failure(new SourceFailure(input, "cannot read: " + describe(e)));
                return 0;
            }
        }
        return readFile(input, path, uri, sink);
    }

    /** Regular files under {@code dir}, sorted, hidden files and folders left out. */
    private static List<Path> listFiles(Path dir, DocumentSink sink) throws IOException {
        List<Path> files = new ArrayList<>();
        // Links are followed (a corpus may be a tree of links); the walk reports loops as failures.
        Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                return !d.equals(dir) && isHidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !isHidden(file)) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                sink.failure(new SourceFailure(file.toString(),
                        e instanceof FileSystemLoopException ? "link loop; not followed" : "cannot read: " + describe(e)));
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private int readStdin(DocumentSink sink) {
        return readStream("-", "-", stdin, sink);
    }

    /**
     * Reads a stream by spooling it to a temporary file, since it is read twice (hash, then
     * content). Its first bytes are sniffed before: an empty or binary stream (think
     * {@code /dev/zero}) is refused without being spooled.
     */
    private int readStream(String name, String uri, InputStream in, DocumentSink sink) {
        Path spool = null;
        try {
            byte[] head = in.readNBytes(FormatSniffer.HEAD_BYTES);
            boolean gzip = head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
            if (!gzip) {
                InputFormat format = FormatSniffer.sniff(head, head.length < FormatSniffer.HEAD_BYTES, name);
                if (format == InputFormat.EMPTY || format == InputFormat.BINARY) {
                    sink.failure(new SourceFailure(name, format == InputFormat.EMPTY ? EMPTY : BINARY));
                    return 0;
                }
            }
            spool = Files.createTempFile("annals-input", ".bin");
            try (java.io.OutputStream out = Files.newOutputStream(spool)) {
                out.write(head);
                long copied = head.length;
                byte[] buf = new byte[65536];
                int n;
                while ((n = in.read(buf)) >= 0) {
                    copied += n;
                    if (copied > MAX_STREAM_BYTES) {
                        sink.failure(new SourceFailure(name, "stream larger than " + MAX_STREAM_BYTES
                                + " bytes; save it to a file and name the file"));
                        return 0;
                    }
                    out.write(buf, 0, n);
                }
            }
            return readFile(name, spool, uri, sink);
        } catch (IOException e) {
            sink.failure(new SourceFailure(name, "cannot read: " + describe(e)));
            return 0;
        } finally {
            if (spool != null) {
                try {
                    Files.deleteIfExists(spool);
                } catch (IOException ignored) {
                    // A left-over temporary file is harmless.
                }
            }
        }
    }

    private int readFile(String name, Path path, String uri, DocumentSink sink) {
        boolean gzip;
        try {
            byte[] magic = new byte[2];
            try (InputStream in = Files.newInputStream(path)) {
                gzip = in.readNBytes(magic, 0, 2) == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
            }
        } catch (IOException e) {
            sink.failure(new SourceFailure(name, "cannot read: " + describe(e)));
            return 0;
        }
        // Hashed only once the head shows a readable format: a huge binary file is refused unread.
        Input input = new Input(name, path, uri, null, gzip);
        java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
        boolean complete = false;
        IOException broken = null;
        try (InputStream in = input.openContent()) {
            byte[] buf = new byte[8192];
            int n;
            while (head.size() < FormatSniffer.HEAD_BYTES
                    && (n = in.read(buf, 0, Math.min(buf.length, FormatSniffer.HEAD_BYTES - head.size()))) >= 0) {
                head.write(buf, 0, n);
            }
            complete = head.size() < FormatSniffer.HEAD_BYTES || in.read() < 0;
        } catch (IOException e) {
            broken = e;
        }
        InputFormat format = FormatSniffer.sniff(head.toByteArray(), complete, name);
        // A WARC reader keeps the records before a break; any other format fails whole.
        if (broken != null && format != InputFormat.WARC) {
            sink.failure(new SourceFailure(name, Limits.describe(broken, gzip)));
            return 0;
        }
        if (format != InputFormat.EMPTY && format != InputFormat.BINARY) {
            try {
                input = new Input(name, path, uri, sha256(path), gzip);
            } catch (IOException e) {
                sink.failure(new SourceFailure(name, "cannot read: " + describe(e)));
                return 0;
            }
        }
        return switch (format) {
            case EMPTY -> {
                sink.failure(new SourceFailure(name, EMPTY));
                yield 0;
            }
            case BINARY -> {
                sink.failure(new SourceFailure(name, BINARY));
                yield 0;
            }
            case WARC -> WarcSource.read(input, sink);
            case FEED -> FeedSource.read(input, sink);
            case JSONL -> {
                JsonLinesSource.read(input, sink);
                yield 0;
            }
            case HTML -> {
                PageSource.read(input, true, sink);
                yield 0;
            }
            case TEXT -> {
                PageSource.read(input, false, sink);
                yield 0;
            }
        };
    }

    /** What went wrong reading a file, in words for the user ("no such file or directory"). */
    public static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        return Limits.describe(e, false);
    }

    /** Hex SHA-256 of the bytes: the article id. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** Hex SHA-256 of a file's bytes, streamed. */
    static String sha256(Path file) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** Passes everything on, counting. Local to one {@link #read} call. */
    private static final class CountingSink implements DocumentSink {
        private final DocumentSink delegate;
        private int documents;
        private int failures;

        CountingSink(DocumentSink delegate) {
            this.delegate = delegate;
        }

        @Override
        public void document(SourceDocument document) {
            documents++;
            delegate.document(document);
        }

        @Override
        public void failure(SourceFailure failure) {
            failures++;
            delegate.failure(failure);
        }
    }
}
