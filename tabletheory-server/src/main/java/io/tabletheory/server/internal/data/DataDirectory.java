package io.tabletheory.server.internal.data;

import io.tabletheory.inmemory.InMemoryDynamoStore;
import io.tabletheory.server.internal.journal.DirectoryForce;
import io.tabletheory.server.internal.journal.Journal;
import io.tabletheory.server.internal.journal.JournalFailedException;
import io.tabletheory.server.internal.snapshot.SnapshotDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server's data directory: an emulator whose every change is journaled before it is acknowledged, a journal
 * compacted into snapshots in the background, and the recovery that rebuilds the emulator from both at start.
 *
 * <p><b>Why a journal of results.</b> The emulator reports each change as it applies it ({@link
 * io.tabletheory.inmemory.ChangeListener}): the item as stored, not the request that produced it. Replaying requests
 * would need the original order of concurrent writes to one item, the clock of the original run (TTL deletions,
 * ClientRequestToken windows) and the same answers from conditions and expressions; replaying results needs none of
 * that, and replaying one twice is harmless, which is what lets a snapshot be taken while writes go on.
 *
 * <p><b>Layout.</b> {@code tabletheory.lock} ({@link DirectoryLock}); journal files {@code journal-<n>.log} (see
 * {@code Segments}); snapshots {@code snapshot-<n>/}, each a snapshot directory in the documented JSON format ({@link
 * SnapshotDirectory}) that is whole once its marker file exists. A snapshot an earlier version saved in the
 * directory itself is loaded, compacted into this layout before the server serves, and removed. Snapshot {@code n} holds every change journaled
 * before journal file {@code n}, and possibly some later ones: recovery loads the newest whole snapshot and replays
 * journal files {@code n} and later, in order. Other files are left alone.
 *
 * <p><b>Compaction.</b> Once the journal since the last snapshot holds a quarter of that snapshot's bytes (and at
 * least {@link #MIN_COMPACTION_BYTES}), a background thread switches to a new journal file {@code n} ({@link Journal#rotate}:
 * every earlier change is visible by then), writes {@code snapshot-n} while writes go on, forces the journal up to
 * the end of the snapshot, writes the snapshot's marker, and removes older snapshots and journal files. A crash at
 * any step leaves either the old snapshot with all its journal files, or the new one with its own.
 *
 * <p><b>Recovery</b> truncates a record cut short at the end of the newest journal file (a crash mid-write: nothing
 * acknowledged is lost, as a write is acknowledged only once its record is whole on disk), removes snapshots without
 * a marker and files older than the snapshot loaded, and refuses a damaged journal file that is not the newest one.
 *
 * <p><b>Failures</b> of the journal or of a compaction make the journal refuse every later change and tell the
 * handler given at opening, once; the server then stops.
 */
public final class DataDirectory implements AutoCloseable {
    /**
     * A compaction starts once the journal holds a quarter of the last snapshot's bytes (or {@link
     * #MIN_COMPACTION_BYTES}, whichever is more): replaying the journal at start then costs at most about a quarter
     * of loading the snapshot, for rewriting the data each time a quarter of it has been written again.
     */
    static final long JOURNAL_SHARE_OF_SNAPSHOT = 4;

    /** The journal never triggers a compaction before it holds this many bytes. */
    public static final long MIN_COMPACTION_BYTES = 64L * 1024 * 1024;

    /**
     * A system property that replaces {@link #MIN_COMPACTION_BYTES}, so crash tests and benchmarks of a forked
     * server can make it compact often; not meant for users.
     */
    public static final String MIN_COMPACTION_BYTES_PROPERTY = "tabletheory.server.minCompactionBytes";

    private static final Logger LOG = LoggerFactory.getLogger("io.tabletheory.server");

    private final Path directory;
    private final DirectoryLock lock;
    private final Journal journal;
    private final InMemoryDynamoStore store;
    private final Consumer<RuntimeException> onFailure;
    private final Object compactions = new Object();
    private final Thread compactor;
    private final long minCompactionBytes;
    private volatile boolean closing;
    private volatile long journalBytesBeforeCurrentFile;
    private volatile long snapshotBytes;

    private DataDirectory(
            Path directory,
            DirectoryLock lock,
            Journal journal,
            InMemoryDynamoStore store,
            Consumer<RuntimeException> onFailure,
            long minCompactionBytes) {
        this.directory = directory;
        this.lock = lock;
        this.journal = journal;
        this.store = store;
        this.onFailure = onFailure;
        this.minCompactionBytes = minCompactionBytes;
        this.compactor = new Thread(this::compactWhenDue, "tabletheory-compaction");
        this.compactor.setDaemon(true);
    }

    /**
     * Opens {@code directory} (created when missing): locks it, loads its snapshot and replays its journal into a
     * new emulator, and starts journaling that emulator's changes.
     *
     * @param forceEachCommit whether a write is acknowledged only once forced to disk ({@code --durability sync})
     * @param onFailure told once when the journal or a compaction fails (the directory refuses writes from then on)
     * @throws UncheckedIOException when the directory cannot be created, read or written
     * @throws IllegalStateException when another server holds the directory, or its content cannot be loaded; the
     *     message names the file and the problem
     */
    public static DataDirectory open(
            Path directory, boolean forceEachCommit, Clock clock, Consumer<RuntimeException> onFailure) {
        return open(
                directory,
                forceEachCommit,
                clock,
                onFailure,
                Long.getLong(MIN_COMPACTION_BYTES_PROPERTY, MIN_COMPACTION_BYTES));
    }

    /** {@link #open(Path, boolean, Clock, Consumer)} with another compaction threshold, for tests. */
    static DataDirectory open(
            Path directory,
            boolean forceEachCommit,
            Clock clock,
            Consumer<RuntimeException> onFailure,
            long minCompactionBytes) {
        Path absolute = directory.toAbsolutePath();
        try {
            Files.createDirectories(absolute);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot create the data directory " + absolute + ": " + failure, failure);
        }
        DirectoryLock lock = DirectoryLock.acquire(absolute);
        try {
            Journal journal = new Journal(absolute, forceEachCommit, onFailure::accept);
            InMemoryDynamoStore store = InMemoryDynamoStore.create(clock, journal);
            Recovery.Result recovered = new Recovery(absolute, store).run();
            try {
                journal.start(recovered.nextJournalFile());
            } catch (IOException failure) {
                throw new UncheckedIOException("cannot write the data directory " + absolute + ": " + failure, failure);
            }
            DataDirectory opened = new DataDirectory(absolute, lock, journal, store, onFailure, minCompactionBytes);
            opened.journalBytesBeforeCurrentFile = recovered.journalBytes();
            opened.snapshotBytes = recovered.snapshotBytes();
            if (recovered.earlierLayout()) {
                opened.compact();
                DirectoryFiles.removeEarlierLayout(absolute);
            }
            opened.compactor.start();
            return opened;
        } catch (RuntimeException | Error failure) {
            lock.close();
            throw failure;
        }
    }

    /** The directory, absolute. */
    public Path path() {
        return directory;
    }

    /** The emulator whose changes this directory keeps. */
    public InMemoryDynamoStore store() {
        return store;
    }

    /**
     * Waits until the changes the calling thread made are durable, as the directory's setting asks; what
     * the server calls before it acknowledges a request.
     *
     * @throws JournalFailedException when the journal failed first
     */
    public void awaitWritesOfThisThread() {
        journal.awaitWritesOfThisThread();
    }

    /**
     * Writes a new snapshot now and drops the journal it replaces, while writes go on.
     *
     * @throws JournalFailedException when the journal has failed
     * @throws UncheckedIOException when the snapshot cannot be written; the directory then refuses writes
     */
    public void compact() {
        synchronized (compactions) {
            long journalFile = journal.rotate();
            Path target = DirectoryFiles.snapshotPath(directory, journalFile);
            try {
                Files.deleteIfExists(target.resolve(SnapshotDirectory.MARKER));
                SnapshotDirectory.at(target).save(store, journal::force);
                DirectoryForce.force(directory);
            } catch (IOException failure) {
                throw failed(new UncheckedIOException(
                        "cannot write snapshot " + target + ": " + failure + "; the server accepts no more writes",
                        failure));
            } catch (UncheckedIOException failure) {
                throw failed(new UncheckedIOException(
                        failure.getMessage() + "; the server accepts no more writes", failure.getCause()));
            }
            journalBytesBeforeCurrentFile = 0;
            snapshotBytes = DirectoryFiles.sizeOf(target);
            DirectoryFiles.removeOlderThan(directory, journalFile);
        }
    }

    /**
     * Fails the directory for good, unless it is closing: then the failure is the compaction being interrupted
     * (a file channel closes itself on an interrupt), and the compaction is abandoned instead.
     */
    private UncheckedIOException failed(UncheckedIOException failure) {
        if (closing) {
            CancellationException abandoned = new CancellationException("compaction abandoned: the data directory"
                    + " is closing; its unfinished snapshot is removed at the next start");
            abandoned.initCause(failure);
            throw abandoned;
        }
        journal.fail(failure);
        onFailure.accept(failure);
        return failure;
    }

    private void compactWhenDue() {
        while (!closing) {
            try {
                TimeUnit.MILLISECONDS.sleep(200);
                long journalBytes = journalBytesBeforeCurrentFile + journal.segmentBytes();
                if (journalBytes >= Math.max(minCompactionBytes, snapshotBytes / JOURNAL_SHARE_OF_SNAPSHOT)
                        && journal.failed().isEmpty()) {
                    compact();
                }
            } catch (InterruptedException | CancellationException stopped) {
                return;
            } catch (RuntimeException failure) {
                if (!closing && journal.failed().isEmpty()) {
                    LOG.warn("compaction of {} failed; will retry", directory, failure);
                }
            }
        }
    }

    /**
     * Stops compacting (a compaction in progress is abandoned: its snapshot has no marker and is removed at the next
     * start), writes and forces what the journal holds, and releases the lock.
     *
     * @throws JournalFailedException when the journal failed: the last writes may not be kept
     */
    @Override
    public void close() {
        closing = true;
        compactor.interrupt();
        try {
            compactor.join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        try {
            journal.close();
        } finally {
            lock.close();
        }
    }
}
