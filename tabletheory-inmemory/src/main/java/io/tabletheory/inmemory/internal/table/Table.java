package io.tabletheory.inmemory.internal.table;

import io.tabletheory.api.table.TableDescription;
import io.tabletheory.api.table.TableStatus;
import io.tabletheory.api.table.TimeToLiveDescription;
import io.tabletheory.api.table.TimeToLiveStatus;
import io.tabletheory.api.value.AttributeValue;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One table of the emulator: its validated definition, its items in a sorted map ordered by {@link
 * PrimaryKey#ORDER} (partition key, then sort key, as Query will read them), and its time-to-live setting.
 *
 * <p>Reads are lock-free snapshots of one item. Writes run under one lock per table, so a read-check-write (a
 * conditional put or delete) is atomic and single-item operations are linearizable. Stored items are immutable
 * maps of immutable values, so they are handed out without copying.
 */
public final class Table {
    private final TableDescription definition;
    private final KeySchema keySchema;
    private final ConcurrentSkipListMap<PrimaryKey, Map<String, AttributeValue>> items =
            new ConcurrentSkipListMap<>(PrimaryKey.ORDER);
    private final AtomicLong itemCount = new AtomicLong();
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile TimeToLiveDescription timeToLive =
            new TimeToLiveDescription(TimeToLiveStatus.DISABLED, Optional.empty());

    /** A new empty table for a validated definition. */
    public Table(TableDescription definition) {
        this.definition = Objects.requireNonNull(definition, "definition");
        this.keySchema = KeySchema.of(definition);
    }

    /** The table's name. */
    public String name() {
        return definition.tableName();
    }

    /** The table's primary key. */
    public KeySchema keySchema() {
        return keySchema;
    }

    /** The table's description in the given state, with the current item count. */
    public TableDescription describe(TableStatus status) {
        return new TableDescription(
                definition.tableName(),
                definition.attributeDefinitions(),
                definition.keySchema(),
                definition.globalSecondaryIndexes(),
                definition.localSecondaryIndexes(),
                definition.billingMode(),
                status,
                itemCount.get());
    }

    /** The item stored under {@code key}, if any. */
    public Optional<Map<String, AttributeValue>> get(PrimaryKey key) {
        return Optional.ofNullable(items.get(key));
    }

    /**
     * Applies {@code change} to the item under {@code key} atomically with respect to every other write to this
     * table, and returns the item that was stored before (empty when none).
     */
    public Optional<Map<String, AttributeValue>> write(PrimaryKey key, ItemChange change) {
        writeLock.lock();
        try {
            Optional<Map<String, AttributeValue>> current = Optional.ofNullable(items.get(key));
            Optional<Map<String, AttributeValue>> next = change.apply(current);
            if (next.isPresent()) {
                items.put(key, next.get());
                if (current.isEmpty()) {
                    itemCount.incrementAndGet();
                }
            } else if (current.isPresent()) {
                items.remove(key);
                itemCount.decrementAndGet();
            }
            return current;
        } finally {
            writeLock.unlock();
        }
    }

    /** The table's time-to-live setting. */
    public TimeToLiveDescription timeToLive() {
        return timeToLive;
    }

    /** Replaces the table's time-to-live setting. */
    public void timeToLive(TimeToLiveDescription description) {
        this.timeToLive = Objects.requireNonNull(description, "description");
    }
}
