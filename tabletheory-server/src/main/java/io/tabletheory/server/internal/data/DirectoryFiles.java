package io.tabletheory.server.internal.data;

import io.tabletheory.server.internal.journal.Segments;
import io.tabletheory.server.internal.snapshot.SnapshotDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The snapshot directories and journal files of a data directory, by number ({@link DataDirectory} describes the
 * layout), and their removal once a newer snapshot replaces them.
 */
final class DirectoryFiles {
    private static final String SNAPSHOT_PREFIX = "snapshot-";

    private DirectoryFiles() {}

    /** The directory of snapshot {@code number}. */
    static Path snapshotPath(Path directory, long number) {
        return directory.resolve(String.format(Locale.ROOT, SNAPSHOT_PREFIX + "%010d", number));
    }

    /** Snapshot directories by number, whole or not. */
    static TreeMap<Long, Path> snapshots(Path directory) {
        TreeMap<Long, Path> found = new TreeMap<>();
        try (Stream<Path> entries = Files.list(directory)) {
            entries.forEach(entry -> {
                String name = entry.getFileName().toString();
                if (name.matches(SNAPSHOT_PREFIX + "\\d{10}") && Files.isDirectory(entry)) {
                    found.put(Long.parseLong(name.substring(SNAPSHOT_PREFIX.length())), entry);
                }
            });
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot list the data directory " + directory + ": " + failure, failure);
        }
        return found;
    }

    /** Removes the snapshots and journal files numbered below {@code number}. */
    static void removeOlderThan(Path directory, long number) {
        for (Path snapshot : snapshots(directory).headMap(number).values()) {
            removeTree(snapshot);
        }
        for (Path journal : Segments.list(directory).headMap(number).values()) {
            remove(journal);
        }
    }

    /** Removes the snapshots, numbered above {@code number}, that have no marker: saves a crash cut short. */
    static void removeIncompleteAbove(Path directory, long number, Map<Long, Path> snapshots) {
        snapshots.entrySet().stream()
                .filter(entry -> entry.getKey() > number)
                .forEach(entry -> removeTree(entry.getValue()));
    }

    /**
     * Removes the snapshot an earlier version saved in the data directory itself (its marker, then its table files),
     * once a snapshot of this layout holds what it held.
     */
    static void removeEarlierLayout(Path directory) {
        remove(directory.resolve(SnapshotDirectory.MARKER));
        try (Stream<Path> entries = Files.list(directory)) {
            entries.filter(entry -> entry.getFileName().toString().endsWith(SnapshotDirectory.TABLE_FILE_SUFFIX))
                    .filter(Files::isRegularFile)
                    .forEach(DirectoryFiles::remove);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot list the data directory " + directory + ": " + failure, failure);
        }
    }

    /** The bytes of the files in {@code tree}. */
    static long sizeOf(Path tree) {
        try (Stream<Path> files = Files.walk(tree)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(file -> {
                        try {
                            return Files.size(file);
                        } catch (IOException vanished) {
                            return 0;
                        }
                    })
                    .sum();
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot read " + tree + ": " + failure, failure);
        }
    }

    static void removeTree(Path tree) {
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(tree)) {
            entries = walk.sorted(Comparator.reverseOrder()).toList();
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot remove " + tree + ": " + failure, failure);
        }
        entries.forEach(DirectoryFiles::remove);
    }

    private static void remove(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot remove " + file + ": " + failure, failure);
        }
    }
}
