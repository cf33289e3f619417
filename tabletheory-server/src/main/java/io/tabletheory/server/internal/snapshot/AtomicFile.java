package io.tabletheory.server.internal.snapshot;

import io.tabletheory.server.internal.journal.DirectoryForce;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file of the snapshot directory all at once: the content goes to a temporary file in the same directory
 * ({@code .<name>.<random>.tmp}), is forced to disk, and is then moved over the target atomically; the directory is
 * forced too where the platform allows it. A reader (or a crash) sees the old file or the new one, never a mix. When
 * writing fails, the temporary file is removed and the target is untouched. Files get the process's default
 * permissions (its umask), as files written by other tools do.
 */
final class AtomicFile {
    /** The suffix of temporary files; {@link SnapshotDirectory} removes leftovers of a crash by it. */
    static final String TEMPORARY_SUFFIX = ".tmp";

    private AtomicFile() {}

    /** What goes into the file. */
    @FunctionalInterface
    interface Content {
        void write(OutputStream stream) throws IOException;
    }

    /** Writes {@code content} to {@code target}, replacing it atomically. */
    static void write(Path target, Content content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Path temporary = directory.resolve("." + target.getFileName() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + TEMPORARY_SUFFIX);
        boolean moved = false;
        try {
            try (FileChannel channel =
                    FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream stream = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.write(stream);
                stream.flush();
                channel.force(true);
            }
            move(temporary, target);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
        DirectoryForce.force(directory);
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notAtomicHere) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
