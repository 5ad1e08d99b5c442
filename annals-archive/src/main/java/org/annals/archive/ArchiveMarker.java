package org.annals.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * The marker file that makes a folder an Annals archive. A folder without it is written into only
 * when it is empty; a marker of another format or version is refused, so a foreign or newer
 * folder is never overwritten.
 */
public final class ArchiveMarker {
    /** The value of the marker's {@code format} field. */
    public static final String FORMAT = "annals-archive";
    /** The on-disk format this code reads and writes. */
    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ArchiveMarker() {
    }

    /** Checks that the folder holds an archive this code can read; throws {@link ArchiveException} if not. */
    public static void check(ArchiveLayout layout) {
        Path marker = layout.marker();
        if (!Files.isDirectory(layout.dir())) {
            throw new ArchiveException("no archive at " + layout.dir() + " (run 'annals ingest --data "
                    + layout.dir() + " INPUT…' first)");
        }
        if (!Files.isRegularFile(marker)) {
            throw new ArchiveException(layout.dir() + " is not an Annals archive (no " + marker.getFileName()
                    + "); refusing to use it");
        }
        JsonNode node;
        try {
            node = JSON.readTree(Files.readAllBytes(marker));
        } catch (IOException e) {
            throw new ArchiveException(layout.dir() + " is not a readable Annals archive: " + marker.getFileName()
                    + " is damaged (" + e.getClass().getSimpleName() + "); refusing to use it", e);
        }
        if (node == null || !FORMAT.equals(node.path("format").asText(null))) {
            throw new ArchiveException(layout.dir() + " is not an Annals archive (" + marker.getFileName()
                    + " names another format); refusing to use it");
        }
        int version = node.path("version").asInt(-1);
        if (version != VERSION) {
            throw new ArchiveException(layout.dir() + " holds an archive of format version " + version
                    + ", but this annals reads version " + VERSION + "; refusing to use it");
        }
    }

    /**
     * Makes the folder an archive: creates it, or checks that it is empty, and writes the marker
     * atomically; an existing archive is only checked.
     */
    public static void createOrCheck(ArchiveLayout layout) throws IOException {
        if (Files.exists(layout.marker())) {
            check(layout);
            return;
        }
        Files.createDirectories(layout.dir());
        Path temp = layout.dir().resolve(".annals-archive.json.tmp");
        try (Stream<Path> entries = Files.list(layout.dir())) {
            // A left-over temporary marker is ours, from a run killed while creating the archive.
            if (entries.anyMatch(p -> !p.equals(temp))) {
                throw new ArchiveException(layout.dir() + " is not empty and is not an Annals archive (no "
                        + layout.marker().getFileName() + "); refusing to write into it");
            }
        }
        ObjectNode node = JSON.createObjectNode();
        node.put("format", FORMAT);
        node.put("version", VERSION);
        node.put("created", Instant.now().toString());
        Files.write(temp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node)
                .getBytes(StandardCharsets.UTF_8));
        try {
            Files.move(temp, layout.marker(), StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, layout.marker(), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
