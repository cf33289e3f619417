package io.tabletheory.server.internal.data;

import io.tabletheory.api.port.DynamoStore;
import io.tabletheory.server.internal.journal.JournalReplay;
import io.tabletheory.server.internal.journal.SegmentOutcome;
import io.tabletheory.server.internal.journal.Segments;
import io.tabletheory.server.internal.snapshot.SnapshotDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds a store from a data directory at start ({@link DataDirectory} describes the layout): loads the newest
 * whole snapshot (or, when there is none, a snapshot an earlier version saved in the directory itself: a marker and
 * table files, without journal), replays the journal files from its number on, truncates a record a crash cut short at the end of
 * the newest journal file, and removes what the loaded snapshot made useless (older snapshots and journal files,
 * snapshots a crash left without a marker). Runs before the journal starts, so nothing it applies is journaled again.
 */
final class Recovery {
    private static final Logger LOG = LoggerFactory.getLogger("io.tabletheory.server");

    /**
     * What recovery found.
     *
     * @param nextJournalFile the number for the journal file to write next (after every existing one)
     * @param journalBytes the bytes of journal replayed on top of the snapshot
     * @param snapshotBytes the bytes of the snapshot loaded (0 when none)
     * @param earlierLayout whether the snapshot loaded was one an earlier version saved in the directory itself,
     *     which a compaction must replace before the server serves
     */
    record Result(long nextJournalFile, long journalBytes, long snapshotBytes, boolean earlierLayout) {}

    private final Path directory;
    private final DynamoStore store;

    Recovery(Path directory, DynamoStore store) {
        this.directory = directory;
        this.store = store;
    }

    Result run() {
        TreeMap<Long, Path> snapshots = DirectoryFiles.snapshots(directory);
        long base = 0;
        for (Map.Entry<Long, Path> snapshot : snapshots.descendingMap().entrySet()) {
            if (SnapshotDirectory.at(snapshot.getValue()).isWhole()) {
                base = snapshot.getKey();
                break;
            }
        }
        long snapshotBytes = 0;
        boolean earlierLayout = false;
        if (base > 0) {
            SnapshotDirectory.at(snapshots.get(base)).load(store);
            snapshotBytes = DirectoryFiles.sizeOf(snapshots.get(base));
            DirectoryFiles.removeEarlierLayout(directory);
        } else if (SnapshotDirectory.at(directory).isWhole()) {
            SnapshotDirectory.at(directory).load(store);
            earlierLayout = true;
        }
        TreeMap<Long, Path> journal = Segments.list(directory);
        long journalBytes = 0;
        JournalReplay replay = new JournalReplay(store);
        for (Map.Entry<Long, Path> file : journal.tailMap(base, true).entrySet()) {
            SegmentOutcome outcome = replay.replay(file.getValue());
            if (outcome.hasTail()) {
                if (!file.getKey().equals(journal.lastKey())) {
                    throw new IllegalStateException("journal file " + file.getValue() + " is damaged after byte "
                            + outcome.wholeRecordsEnd() + " of " + outcome.fileLength()
                            + "; only the newest journal file can end in a record cut short by a crash, and later"
                            + " files depend on it");
                }
                cutTail(file.getValue(), outcome);
            }
            journalBytes += outcome.wholeRecordsEnd();
        }
        DirectoryFiles.removeIncompleteAbove(directory, base, snapshots);
        DirectoryFiles.removeOlderThan(directory, base);
        long next = Math.max(base, journal.isEmpty() ? 0 : journal.lastKey()) + 1;
        return new Result(next, journalBytes, snapshotBytes, earlierLayout);
    }

    /** Drops the bytes after the last whole record of the newest journal file (the whole file when it has none). */
    private static void cutTail(Path file, SegmentOutcome outcome) {
        LOG.warn(
                "journal file {}: dropping {} bytes after its last whole record, a write cut short by a crash (never"
                        + " acknowledged)",
                file,
                outcome.fileLength() - outcome.wholeRecordsEnd());
        try {
            if (outcome.wholeRecordsEnd() < Segments.HEADER_LENGTH) {
                Files.delete(file);
                return;
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(outcome.wholeRecordsEnd());
                channel.force(true);
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot truncate journal file " + file + ": " + failure, failure);
        }
    }
}
