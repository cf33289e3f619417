package io.tabletheory.inmemory.internal.stream;

import io.tabletheory.api.stream.StreamRecord;
import io.tabletheory.inmemory.ChangeListener;
import io.tabletheory.inmemory.SavedStream;
import io.tabletheory.inmemory.StreamSubscription;
import io.tabletheory.inmemory.internal.table.Table;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The emulator's DynamoDB Streams, as {@link io.tabletheory.inmemory.internal.DefaultInMemoryDynamoStore} wires
 * them: the registry of streams, the listener that records item changes into them (wrapping the emulator's own
 * listener), the reader that serves the Streams API, and the subscriptions tests use.
 */
public final class EmulatorStreams {
    private final StreamRegistry registry;
    private final StreamSubscriptions subscriptions = new StreamSubscriptions();
    private final StreamRecorder recorder;
    private final StreamReader reader;
    private final Function<String, Optional<Table>> tables;

    /**
     * Streams dated by {@code clock}, recording the changes reported to {@link #listener()} after passing them on to
     * {@code next}, and finding tables by name with {@code tables}.
     */
    public EmulatorStreams(Clock clock, ChangeListener next, Function<String, Optional<Table>> tables) {
        this.registry = new StreamRegistry(clock);
        this.tables = tables;
        this.recorder = new StreamRecorder(next, registry, subscriptions, tables);
        this.reader = new StreamReader(registry);
    }

    /** The listener to give the table catalog: it records stream records, then reports to the emulator's. */
    public ChangeListener listener() {
        return recorder;
    }

    /** The Streams API over these streams. */
    public StreamReader reader() {
        return reader;
    }

    /** Called before a table may get a stream (CreateTable or UpdateTable with one): writes start looking. */
    public void streamsPossible() {
        recorder.streamsPossible();
    }

    /** Brings the streams in line with table {@code tableName}'s settings after CreateTable or UpdateTable. */
    public void tableChanged(String tableName) {
        tables.apply(tableName).ifPresent(registry::current);
    }

    /** Runs the TTL sweep, its deletions recorded with DynamoDB's service identity. */
    public <T> T asService(Supplier<T> sweep) {
        return recorder.asService(sweep);
    }

    /** Every stream in its saved form. */
    public List<SavedStream> save() {
        return StreamStates.save(registry);
    }

    /**
     * Replaces every stream by saved ones and gives their tables their labels back; returns the labels' times, which
     * the catalog must never give again.
     */
    public List<Instant> restore(List<SavedStream> saved) {
        StreamStates.restore(registry, saved, tables);
        if (!saved.isEmpty()) {
            recorder.streamsPossible();
        }
        return saved.stream()
                .map(stream -> StreamRegistry.labelTime(stream.label()))
                .toList();
    }

    /** Subscribes {@code consumer} to the records of {@code tableName}'s stream. */
    public StreamSubscription subscribe(String tableName, Consumer<List<StreamRecord>> consumer) {
        return subscriptions.subscribe(tableName, consumer);
    }

    /** Delivers the records this thread's last operation left to their subscribers (called without locks). */
    public void deliverPending() {
        subscriptions.deliverPending();
    }
}
