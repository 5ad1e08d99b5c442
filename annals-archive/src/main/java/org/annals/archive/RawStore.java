package org.annals.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Raw documents kept by content: the SHA-256 of the bytes names a gzip file {@code raw/ab/cdef….gz}.
 * A blob is written to a temporary file and renamed into place, so a crash leaves either the whole
 * blob or none; writing the same bytes twice stores them once.
 */
public final class RawStore {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    public RawStore(Path root) {
        this.root = root;
    }

    /** Stores the bytes, unless already there, and returns their hex SHA-256. */
    public String put(byte[] bytes) throws IOException {
        String sha = sha256(bytes);
        Path target = path(sha);
        if (Files.exists(target)) {
            return sha;
        }
        Files.createDirectories(target.getParent());
        Path tmp = tmpDir();
        Files.createDirectories(tmp);
        Path temp = Files.createTempFile(tmp, sha.substring(0, 8), ".part");
        try {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(temp), 65536)) {
                out.write(bytes);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            }
        } catch (FileAlreadyExistsException e) {
            // Another thread stored the same bytes first: the content is the same.
        } finally {
            Files.deleteIfExists(temp);
        }
        return sha;
    }

    /** The bytes stored under a hex SHA-256; throws {@link java.nio.file.NoSuchFileException} when absent. */
    public byte[] get(String sha) throws IOException {
        if (!SHA256.matcher(sha).matches()) {
            throw new IllegalArgumentException("not a hex SHA-256: " + sha);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(path(sha)), 65536)) {
            return in.readAllBytes();
        }
    }

    /** Whether bytes with this hash are stored. */
    public boolean contains(String sha) {
        return SHA256.matcher(sha).matches() && Files.exists(path(sha));
    }

    /** Deletes temporary files left by a run that was killed while writing. */
    public void removeLeftovers() throws IOException {
        Path tmp = tmpDir();
        if (!Files.isDirectory(tmp)) {
            return;
        }
        try (Stream<Path> parts = Files.list(tmp)) {
            for (Path part : (Iterable<Path>) parts::iterator) {
                Files.deleteIfExists(part);
            }
        }
    }

    private Path path(String sha) {
        return root.resolve(sha.substring(0, 2)).resolve(sha.substring(2) + ".gz");
    }

    private Path tmpDir() {
        return root.resolve("tmp");
    }

    /** Hex SHA-256 of the bytes. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
