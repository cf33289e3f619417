package io.tabletheory.server.internal.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Forces a directory's entries to disk, so a file just created, renamed or removed in it stays so after a power loss;
 * used for journal files and snapshot files alike. Some platforms (Windows) cannot open a directory, and make their
 * renames durable anyway: there it does nothing.
 */
public final class DirectoryForce {
    private DirectoryForce() {}

    /** Forces {@code directory}'s entries to disk, where the platform allows it. */
    public static void force(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // best effort: the files themselves are forced by their writers
        }
    }
}
