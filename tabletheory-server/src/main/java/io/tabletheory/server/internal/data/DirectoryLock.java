package io.tabletheory.server.internal.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lock that keeps a second server off a data directory: an operating-system lock on {@code tabletheory.lock}
 * (held by the process until it exits, however it exits, so a killed server leaves no stale lock), and in the file
 * the holder's process id, host and start time, which the refusal names. The file itself stays: removing it could
 * let two processes hold locks on two different files of one name.
 */
final class DirectoryLock implements AutoCloseable {
    /** The lock file's name. */
    static final String FILE_NAME = "tabletheory.lock";

    /**
     * The directories locked by this process. Closing any channel of a locked file drops the process's lock on it
     * (POSIX), so a second server of this process must be refused before it opens the file.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path directory;
    private final FileChannel channel;
    private final FileLock lock;

    private DirectoryLock(Path directory, FileChannel channel, FileLock lock) {
        this.directory = directory;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code directory} and writes this process's identity into it.
     *
     * @throws IllegalStateException when another process (or another server in this one) holds it; the message
     *     names the holder
     * @throws UncheckedIOException when the lock file cannot be created or written: the directory is not writable
     */
    static DirectoryLock acquire(Path directory) {
        Path key = canonical(directory);
        Path file = directory.resolve(FILE_NAME);
        if (!HELD.add(key)) {
            throw inUse(directory, "a server of this same process");
        }
        try {
            return lock(directory, file, key);
        } catch (RuntimeException refused) {
            HELD.remove(key);
            throw refused;
        }
    }

    private static DirectoryLock lock(Path directory, Path file, Path key) {
        FileChannel channel;
        try {
            channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException failure) {
            throw new UncheckedIOException(
                    "cannot write the data directory " + directory + ": cannot create " + file + ": " + failure,
                    failure);
        }
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldHere) {
                lock = null;
            }
            if (lock == null) {
                throw inUse(directory, holder(file));
            }
            byte[] identity = identity().getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            ByteBuffer content = ByteBuffer.wrap(identity);
            while (content.hasRemaining()) {
                channel.write(content, content.position());
            }
            channel.force(true);
            return new DirectoryLock(key, channel, lock);
        } catch (IOException failure) {
            close(channel);
            throw new UncheckedIOException(
                    "cannot write the data directory " + directory + ": cannot write " + file + ": " + failure,
                    failure);
        } catch (RuntimeException refused) {
            close(channel);
            throw refused;
        }
    }

    private static IllegalStateException inUse(Path directory, String holder) {
        return new IllegalStateException(
                "the data directory " + directory + " is in use by another tabletheory-server ("
                        + holder + "); two servers must not share one directory: stop the other one or choose another"
                        + " directory");
    }

    private static Path canonical(Path directory) {
        try {
            return directory.toRealPath();
        } catch (IOException missing) {
            return directory.toAbsolutePath().normalize();
        }
    }

    private static String identity() {
        ProcessHandle self = ProcessHandle.current();
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException unknown) {
            host = "unknown host";
        }
        Instant started = self.info().startInstant().orElse(Instant.now());
        return "process " + self.pid() + " on " + host + ", started " + started + "\n";
    }

    private static String holder(Path file) {
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8).trim();
            return content.isEmpty() ? "a process that has not written its identity yet" : content;
        } catch (IOException unreadable) {
            return "a process whose identity cannot be read: " + unreadable;
        }
    }

    /** Releases the lock. */
    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        close(channel);
        HELD.remove(directory);
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing was written through it that matters
        }
    }
}
