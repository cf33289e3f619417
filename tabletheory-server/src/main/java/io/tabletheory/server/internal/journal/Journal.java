package io.tabletheory.server.internal.journal;

import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.TimeToLiveDescription;
import io.tabletheory.inmemory.ChangeListener;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.zip.CRC32;

/**
 * The append-only journal of a data directory: the emulator's {@link ChangeListener}, which queues every change it is
 * told about as a {@link JournalRecord}, in the order the emulator reports them, and one writer thread that appends
 * the queue to the current journal file ({@link Segments}) and forces it to disk. Whatever the queue holds when the
 * writer comes round goes out in one write and one force (group commit), so many concurrent writes cost one {@code
 * fsync}.
 *
 * <p>A request thread that reported changes calls {@link #awaitWritesOfThisThread()} before its response is sent:
 * when the journal forces each commit ({@code --durability sync}) it returns once the thread's last record is forced
 * to disk, otherwise ({@code --durability process}) once it is written to the operating system (forced within {@link
 * #PROCESS_FORCE_INTERVAL}).
 * As the queue is written in order, a record on disk means every earlier record is too: what a crash leaves is a
 * prefix of the queue, and every acknowledged write is in it.
 *
 * <p>{@link #rotate} starts a new journal file for a compaction: it waits for the changes in flight (reported, not
 * yet visible; the emulator calls {@link #changeApplied()} once one is visible) and queues the switch, so every
 * change reported before the switch is visible to the snapshot that follows, and every later one is in the new file.
 *
 * <p>When a write or a force fails (disk full, file removed, I/O error), the journal fails for good: waiting threads
 * and every later change get a {@link JournalFailedException} naming the file and the cause (a refused change is not
 * applied), and the failure handler given at creation is told once, so the server can stop. Changes reported before
 * {@link #start} (while the data directory is loaded) are not journaled.
 */
public final class Journal implements ChangeListener, AutoCloseable {
    /** How often a journal that does not force each commit forces itself to disk. */
    static final Duration PROCESS_FORCE_INTERVAL = Duration.ofSeconds(1);

    /** One queued entry: a record to append, or (with no record) a switch to journal file {@code nextSegment}. */
    private record Entry(Optional<JournalRecord> record, long nextSegment) {
        static Entry of(JournalRecord record) {
            return new Entry(Optional.of(record), 0);
        }

        static Entry rotation(long nextSegment) {
            return new Entry(Optional.empty(), nextSegment);
        }
    }

    private final Path directory;
    /** Whether each commit is forced to disk before it is acknowledged ({@code --durability sync}). */
    private final boolean forceEachCommit;

    private final Consumer<JournalFailedException> onFailure;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final Condition progress = lock.newCondition();
    /** Held shared by a change in flight (reported, not yet applied); exclusively to queue a {@link Rotation}. */
    private final ReentrantReadWriteLock inFlight = new ReentrantReadWriteLock();

    private final ThreadLocal<long[]> lastQueuedByThread = ThreadLocal.withInitial(() -> new long[1]);

    // guarded by lock
    private List<Entry> queue = new ArrayList<>();
    private long queued;
    private long written;
    private long forced;
    private long forceWanted;
    private boolean started;
    private boolean closing;
    private JournalFailedException failure;

    // the writer thread's own
    private FileChannel channel;
    private Path file;
    private long segment;
    private long segmentBytes;
    private Thread writer;

    /**
     * A journal for {@code directory}, not yet started: changes are ignored until {@link #start}.
     *
     * @param forceEachCommit whether a write is acknowledged only once forced to disk (else once written to the
     *     operating system, and forced within {@link #PROCESS_FORCE_INTERVAL})
     * @param onFailure told once, on the writer thread, when the journal fails
     */
    public Journal(Path directory, boolean forceEachCommit, Consumer<JournalFailedException> onFailure) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.forceEachCommit = forceEachCommit;
        this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
    }

    /**
     * Creates journal file {@code firstSegment} (which must not exist), forces it and the directory, and starts
     * journaling changes into it.
     *
     * @throws IOException when the file cannot be created: the directory is not writable, say
     */
    public void start(long firstSegment) throws IOException {
        openSegment(firstSegment);
        lock.lock();
        try {
            started = true;
        } finally {
            lock.unlock();
        }
        writer = new Thread(this::writeLoop, "tabletheory-journal");
        writer.setDaemon(true);
        writer.start();
    }

    /** The number of the journal file being written. */
    public long segment() {
        lock.lock();
        try {
            return segment;
        } finally {
            lock.unlock();
        }
    }

    /** Bytes written to the current journal file so far, header included. */
    public long segmentBytes() {
        lock.lock();
        try {
            return segmentBytes;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void itemsChanging(List<ItemWrite> writes) {
        enqueue(Entry.of(new JournalRecord.ItemWrites(writes)));
    }

    @Override
    public void tableCreating(CreateTableRequest table) {
        enqueue(Entry.of(new JournalRecord.TableCreated(table)));
    }

    @Override
    public void timeToLiveChanging(String tableName, TimeToLiveDescription timeToLive) {
        enqueue(Entry.of(new JournalRecord.TimeToLiveChanged(tableName, timeToLive)));
    }

    @Override
    public void tableDeleting(String tableName) {
        enqueue(Entry.of(new JournalRecord.TableDeleted(tableName)));
    }

    @Override
    public void changeApplied() {
        inFlight.readLock().unlock();
    }

    private void enqueue(Entry entry) {
        inFlight.readLock().lock();
        lock.lock();
        try {
            if (failure != null) {
                throw failure();
            }
            if (started && !closing) {
                queue.add(entry);
                lastQueuedByThread.get()[0] = ++queued;
                work.signal();
            }
        } catch (RuntimeException refused) {
            inFlight.readLock().unlock();
            throw refused;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until the changes this thread reported are durable as the journal's setting asks; returns at once when
     * it reported none since its last call.
     *
     * @throws JournalFailedException when the journal failed before they were
     */
    public void awaitWritesOfThisThread() {
        long[] last = lastQueuedByThread.get();
        long sequence = last[0];
        if (sequence == 0) {
            return;
        }
        last[0] = 0;
        awaitWritten(sequence);
    }

    private void awaitWritten(long sequence) {
        lock.lock();
        try {
            while (written < sequence && failure == null) {
                progress.awaitUninterruptibly();
            }
            if (written < sequence) {
                throw failure();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until every change reported so far is forced to disk, whatever the journal's setting: what a snapshot
     * needs before it may replace the journal it was taken from.
     *
     * @throws JournalFailedException when the journal failed first
     */
    public void force() {
        lock.lock();
        try {
            long sequence = queued;
            forceWanted = Math.max(forceWanted, sequence);
            work.signal();
            while (forced < sequence && failure == null) {
                progress.awaitUninterruptibly();
            }
            if (forced < sequence) {
                throw failure();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Switches to a new journal file, numbered one more than the current, once the changes in flight are applied;
     * returns its number once the switch is written. Every change reported before the switch is then visible in the
     * store, and every later one goes to the new file.
     *
     * @throws JournalFailedException when the journal failed first
     */
    public long rotate() {
        long next;
        long sequence;
        inFlight.writeLock().lock();
        try {
            lock.lock();
            try {
                if (failure != null) {
                    throw failure();
                }
                next = segment + 1 + countQueuedRotations();
                queue.add(Entry.rotation(next));
                sequence = ++queued;
                work.signal();
            } finally {
                lock.unlock();
            }
        } finally {
            inFlight.writeLock().unlock();
        }
        awaitWritten(sequence);
        return next;
    }

    private long countQueuedRotations() {
        return queue.stream().filter(entry -> entry.record().isEmpty()).count();
    }

    /** The failure, once the journal has failed; empty otherwise. */
    public Optional<JournalFailedException> failed() {
        lock.lock();
        try {
            return Optional.ofNullable(failure);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Writes and forces what is queued, stops the writer and closes the file; later changes are not journaled (the
     * server stops serving first). Closing again does nothing.
     *
     * @throws JournalFailedException when the journal failed, then or before: the last changes may not be on disk
     */
    @Override
    public void close() {
        lock.lock();
        try {
            if (closing) {
                return;
            }
            closing = true;
            forceWanted = queued;
            work.signal();
        } finally {
            lock.unlock();
        }
        if (writer != null) {
            try {
                writer.join();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        closeChannel();
        lock.lock();
        try {
            if (failure != null) {
                throw failure();
            }
        } finally {
            lock.unlock();
        }
    }

    private void writeLoop() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
        long lastForce = System.nanoTime();
        while (true) {
            List<Entry> batch;
            long batchEnd;
            boolean forceNow;
            lock.lock();
            try {
                while (queue.isEmpty() && !closing && forceWanted <= forced && !periodicForceDue(lastForce)) {
                    awaitWork();
                }
                batch = queue;
                queue = new ArrayList<>();
                batchEnd = queued;
                forceNow = forceEachCommit || forceWanted > forced || closing;
            } finally {
                lock.unlock();
            }
            try {
                for (Entry entry : batch) {
                    if (entry.record().isPresent()) {
                        frame(buffer, RecordCodec.encode(entry.record().get()));
                    } else {
                        flush(buffer);
                        channel.force(false);
                        closeChannel();
                        openSegment(entry.nextSegment());
                    }
                }
                flush(buffer);
                boolean forcing = forceNow || periodicForceDue(lastForce);
                if (forcing) {
                    channel.force(false);
                    lastForce = System.nanoTime();
                }
                lock.lock();
                try {
                    written = batchEnd;
                    if (forcing) {
                        forced = batchEnd;
                    }
                    progress.signalAll();
                    if (closing && queue.isEmpty()) {
                        return;
                    }
                } finally {
                    lock.unlock();
                }
            } catch (IOException | RuntimeException | Error failed) {
                fail(failed);
                return;
            }
        }
    }

    private boolean periodicForceDue(long lastForce) {
        return !forceEachCommit
                && written > forced
                && System.nanoTime() - lastForce >= PROCESS_FORCE_INTERVAL.toNanos();
    }

    private void awaitWork() {
        try {
            if (!forceEachCommit && written > forced) {
                work.await(PROCESS_FORCE_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
            } else {
                work.await();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void frame(ByteArrayOutputStream buffer, byte[] payload) {
        CRC32 checksum = new CRC32();
        checksum.update(payload);
        ByteBuffer header = ByteBuffer.allocate(Segments.FRAME_OVERHEAD);
        header.putInt(payload.length).putInt((int) checksum.getValue());
        buffer.write(header.array(), 0, Segments.FRAME_OVERHEAD);
        buffer.write(payload, 0, payload.length);
    }

    private void flush(ByteArrayOutputStream buffer) throws IOException {
        if (buffer.size() == 0) {
            return;
        }
        ByteBuffer bytes = ByteBuffer.wrap(buffer.toByteArray());
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        lock.lock();
        try {
            segmentBytes += buffer.size();
        } finally {
            lock.unlock();
        }
        buffer.reset();
    }

    private void openSegment(long number) throws IOException {
        Path next = Segments.path(directory, number);
        FileChannel opened = FileChannel.open(next, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            ByteBuffer header = ByteBuffer.wrap(Segments.HEADER);
            while (header.hasRemaining()) {
                opened.write(header);
            }
            opened.force(true);
            DirectoryForce.force(directory);
        } catch (IOException | RuntimeException failed) {
            opened.close();
            throw failed;
        }
        lock.lock();
        try {
            channel = opened;
            file = next;
            segment = number;
            segmentBytes = Segments.HEADER.length;
        } finally {
            lock.unlock();
        }
    }

    private void closeChannel() {
        FileChannel open = channel;
        if (open == null) {
            return;
        }
        try {
            open.close();
        } catch (IOException ignored) {
            // closing after a force loses nothing; a failed force was reported already
        }
    }

    private void fail(Throwable cause) {
        JournalFailedException failed = refuseFromNow(new JournalFailedException(
                "cannot write the journal " + file + " of the data directory: " + cause
                        + "; writes since the last acknowledged one are not kept, and the server accepts no more",
                cause));
        if (failed != null) {
            onFailure.accept(failed);
        }
    }

    /**
     * Makes the journal refuse every later change, and fail the writes waiting for it, because something else kept
     * in the data directory could not be written ({@code cause} says what; its message is theirs). The failure
     * handler is not told: the caller reports {@code cause} itself.
     */
    public void fail(RuntimeException cause) {
        refuseFromNow(new JournalFailedException(cause.getMessage(), cause));
    }

    /** Records the first failure; returns it, or null when the journal had failed already. */
    private JournalFailedException refuseFromNow(JournalFailedException failed) {
        lock.lock();
        try {
            if (failure != null) {
                return null;
            }
            failure = failed;
            progress.signalAll();
            work.signal();
            return failed;
        } finally {
            lock.unlock();
        }
    }

    private JournalFailedException failure() {
        return new JournalFailedException(failure.getMessage(), failure.getCause());
    }
}
