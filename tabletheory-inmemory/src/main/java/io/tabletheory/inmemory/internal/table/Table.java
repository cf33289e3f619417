package io.tabletheory.inmemory.internal.table;

import io.tabletheory.api.error.ResourceNotFoundException;
import io.tabletheory.api.table.TableDescription;
import io.tabletheory.api.table.TableStatus;
import io.tabletheory.api.table.TimeToLiveDescription;
import io.tabletheory.api.table.TimeToLiveStatus;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.ChangeListener;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One table of the emulator: its validated definition, its items in a sorted map ordered by {@link
 * StorageKey#ORDER} (partition-key hash, partition key, sort key: a partition is contiguous for Query, and Scan
 * segments are hash ranges), one such map per secondary index, and its time-to-live setting.
 *
 * <p>Reads are lock-free. Writes run under one lock per table, so a read-check-write (a conditional put or delete,
 * an update) is atomic and single-item operations are linearizable. A transaction holds the locks of all its tables
 * ({@link TableLocks}) while it checks and applies its writes, and marks the tables it writes ({@link
 * #beginTransactionalWrites}); a single-item read ({@link #get}) that finds a table so marked waits for the
 * transaction to finish, so one reader never sees one item of a transaction applied and then another not yet.
 * {@link #write} is the only way items change, and it keeps every index in step: it validates the new item's index keys, then replaces the item and its index
 * entries. Stored items are immutable maps of immutable values; an index entry is the same item object (the
 * index's projection is applied when it is read), so indexes cost no copies and an entry is never half-written.
 *
 * <p>Every change is reported to the emulator's {@link ChangeListener} under the write lock, before it is stored:
 * {@link #write} reports its own; a transaction reports all of its writes at once and then stores them with {@link
 * #writeReported}. Once the catalog has deleted the table ({@link #markDeleted}, under the lock), writes that looked
 * the table up before fail as writes to a missing table, so none is reported after the table's deletion.
 */
public final class Table {
    private final TableDescription definition;
    private final KeySchema keySchema;
    private final List<IndexDefinition> indexes;
    private final ConcurrentSkipListMap<StorageKey, Map<String, AttributeValue>> items =
            new ConcurrentSkipListMap<>(StorageKey.ORDER);
    private final Map<String, ConcurrentSkipListMap<StorageKey, Map<String, AttributeValue>>> indexEntries;
    private final AtomicLong itemCount = new AtomicLong();
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ChangeListener listener;
    /** Set, under {@link #writeLock}, once the catalog has deleted the table. */
    private boolean deleted;
    /** Transactions applying writes to this table now; changed only under {@link #writeLock}. */
    private volatile int transactionsApplying;

    private volatile TimeToLiveDescription timeToLive =
            new TimeToLiveDescription(TimeToLiveStatus.DISABLED, Optional.empty());

    /** A new empty table for a validated definition, reporting its changes to {@code listener}. */
    public Table(TableDescription definition, ChangeListener listener) {
        this.definition = Objects.requireNonNull(definition, "definition");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.keySchema = KeySchema.of(definition);
        this.indexes = IndexDefinition.of(definition, keySchema);
        Map<String, ConcurrentSkipListMap<StorageKey, Map<String, AttributeValue>>> entries = new LinkedHashMap<>();
        indexes.forEach(index -> entries.put(index.name(), new ConcurrentSkipListMap<>(StorageKey.ORDER)));
        this.indexEntries = Map.copyOf(entries);
    }

    /** The table's name. */
    public String name() {
        return definition.tableName();
    }

    /** The table's primary key. */
    public KeySchema keySchema() {
        return keySchema;
    }

    /** The table's secondary indexes, global then local. */
    public List<IndexDefinition> indexes() {
        return indexes;
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

    /**
     * The item stored under {@code key}, if any. Lock-free, unless a transaction is applying writes to this table:
     * then it waits until the transaction has applied all of them.
     */
    public Optional<Map<String, AttributeValue>> get(PrimaryKey key) {
        if (transactionsApplying > 0) {
            writeLock.lock();
            writeLock.unlock();
        }
        return Optional.ofNullable(items.get(position(key)));
    }

    /** Takes this table's write lock (waiting for it); {@link TableLocks} takes several in a fixed order. */
    void lock() {
        writeLock.lock();
    }

    /** Releases the write lock taken by {@link #lock}. */
    void unlock() {
        writeLock.unlock();
    }

    /**
     * Marks that the calling transaction, which holds this table's lock, starts applying writes: single-item reads
     * wait from now until {@link #endTransactionalWrites}.
     */
    public void beginTransactionalWrites() {
        requireLocked();
        transactionsApplying++;
    }

    /** Ends what {@link #beginTransactionalWrites} began. */
    public void endTransactionalWrites() {
        requireLocked();
        transactionsApplying--;
    }

    private void requireLocked() {
        if (!writeLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("the table's lock is not held: " + name());
        }
    }

    /** The table itself as Query and Scan read it. */
    public ReadTarget read() {
        return new ReadTarget(keySchema, Optional.empty(), items);
    }

    /** The named secondary index as Query and Scan read it, if the table has it. */
    public Optional<ReadTarget> readIndex(String indexName) {
        return indexes.stream()
                .filter(index -> index.name().equals(indexName))
                .findFirst()
                .map(index -> new ReadTarget(keySchema, Optional.of(index), indexEntries.get(index.name())));
    }

    /**
     * Applies {@code change} to the item under {@code key} atomically with respect to every other write to this
     * table, keeps the secondary indexes in step, and returns the item that was stored before (empty when none).
     *
     * @throws io.tabletheory.api.error.ValidationException when the new item's secondary-index key attributes are
     *     invalid ({@link IndexKeyValidator}); nothing changes then
     */
    public Optional<Map<String, AttributeValue>> write(PrimaryKey key, ItemChange change) {
        writeLock.lock();
        try {
            requireLive();
            StorageKey position = position(key);
            Optional<Map<String, AttributeValue>> current = Optional.ofNullable(items.get(position));
            Optional<Map<String, AttributeValue>> next = change.apply(current);
            if (next.isPresent()) {
                IndexKeyValidator.validate(indexes, next.get());
            }
            if (listener == ChangeListener.NONE || !changes(current, next)) {
                store(position, current, next);
                return current;
            }
            listener.itemsChanging(List.of(itemWrite(key, next)));
            try {
                store(position, current, next);
            } finally {
                listener.changeApplied();
            }
            return current;
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Stores {@code next} under {@code key} without reporting it: for a transaction, which holds this table's lock
     * (and checked {@link #requireLive}) and reported all of its writes already.
     */
    public void writeReported(PrimaryKey key, Optional<Map<String, AttributeValue>> next) {
        requireLocked();
        StorageKey position = position(key);
        store(position, Optional.ofNullable(items.get(position)), next);
    }

    /** The change of one item as the {@link ChangeListener} sees it. */
    public ChangeListener.ItemWrite itemWrite(PrimaryKey key, Optional<Map<String, AttributeValue>> next) {
        Map<String, AttributeValue> keyAttributes = keySchema.sort().isPresent()
                ? Map.of(
                        keySchema.partition().name(),
                        key.partition(),
                        keySchema.sort().get().name(),
                        key.sort().orElseThrow())
                : Map.of(keySchema.partition().name(), key.partition());
        return new ChangeListener.ItemWrite(name(), keyAttributes, next);
    }

    /** Whether a write from {@code current} to {@code next} changes anything a replay would need. */
    private static boolean changes(
            Optional<Map<String, AttributeValue>> current, Optional<Map<String, AttributeValue>> next) {
        if (next.isEmpty()) {
            return current.isPresent();
        }
        return current.isEmpty() || current.get() != next.get();
    }

    /**
     * Fails as a write to a missing table once the catalog has deleted this one; called under the write lock.
     *
     * @throws ResourceNotFoundException "Requested resource not found", DynamoDB's text for item operations
     */
    public void requireLive() {
        requireLocked();
        if (deleted) {
            throw new ResourceNotFoundException("Requested resource not found");
        }
    }

    /** Marks the table deleted (its catalog has let it go); later writes fail, see {@link #requireLive}. */
    void markDeleted() {
        requireLocked();
        deleted = true;
    }

    private void store(
            StorageKey position,
            Optional<Map<String, AttributeValue>> current,
            Optional<Map<String, AttributeValue>> next) {
        if (next.isPresent()) {
            items.put(position, next.get());
            if (current.isEmpty()) {
                itemCount.incrementAndGet();
            }
        } else if (current.isPresent()) {
            items.remove(position);
            itemCount.decrementAndGet();
        }
        updateIndexes(current, next);
    }

    private void updateIndexes(
            Optional<Map<String, AttributeValue>> current, Optional<Map<String, AttributeValue>> next) {
        for (IndexDefinition index : indexes) {
            ConcurrentSkipListMap<StorageKey, Map<String, AttributeValue>> entries = indexEntries.get(index.name());
            Optional<StorageKey> before = current.flatMap(index::storageKey);
            Optional<StorageKey> after = next.flatMap(index::storageKey);
            // Add the new entry before removing the old one: a concurrent reader may see the item twice across a
            // key change (as an eventually consistent index may show it), but never loses an unchanged item.
            after.ifPresent(entry -> entries.put(entry, next.get()));
            if (before.isPresent() && (after.isEmpty() || StorageKey.ORDER.compare(before.get(), after.get()) != 0)) {
                entries.remove(before.get());
            }
        }
    }

    private static StorageKey position(PrimaryKey key) {
        return key.sort().isPresent()
                ? StorageKey.entry(List.of(key.partition(), key.sort().get()))
                : StorageKey.entry(List.of(key.partition()));
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
