package org.annals.archive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;

/**
 * The one-writer-at-a-time lock: an operating-system lock on {@code writer.lock}, which holds the
 * writer's process id so a second writer can say who has the archive. The OS releases the lock
 * when the process dies, even by kill -9, so a stale file never blocks.
 */
public final class WriterLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock or throws {@link ArchiveException} naming the process that holds it. */
    public static WriterLock acquire(ArchiveLayout layout) throws IOException {
        FileChannel channel = FileChannel.open(layout.writerLock(), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            throw new ArchiveException("the archive at " + layout.dir() + " is being written by process "
                    + holder(layout) + "; wait for it to finish (one writer at a time)");
        }
        byte[] pid = Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(pid), 0);
        channel.force(false);
        return new WriterLock(channel, lock);
    }

    /** The process id written in the lock file, or {@code unknown} when it cannot be read. */
    public static String holder(ArchiveLayout layout) {
        try {
            String pid = Files.readString(layout.writerLock(), StandardCharsets.US_ASCII).strip();
            return pid.matches("\\d{1,12}") ? pid : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Whether a live process holds the writer lock right now. */
    public static boolean isHeld(ArchiveLayout layout) {
        if (!Files.exists(layout.writerLock())) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(layout.writerLock(), StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
