package io.tabletheory.inmemory.internal.table;

import io.tabletheory.api.error.ResourceNotFoundException;
import io.tabletheory.api.error.TransactionConflictException;
import io.tabletheory.api.table.IndexDescription;
import io.tabletheory.api.table.IndexStatus;
import io.tabletheory.api.table.ProjectionType;
import io.tabletheory.api.table.TableDescription;
import io.tabletheory.api.table.TableStatus;
import io.tabletheory.api.table.Tag;
import io.tabletheory.api.table.TimeToLiveDescription;
import io.tabletheory.api.table.TimeToLiveStatus;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.ChangeListener;
import io.tabletheory.inmemory.internal.item.ItemSize;
import io.tabletheory.inmemory.internal.item.StoredItem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One table of the emulator: its validated definition, its items in a copy-on-write B+tree ordered by {@link
 * StorageKey#ORDER} ({@link EntryTree}: partition-key hash, partition key, sort key, so a partition is contiguous for
 * Query and Scan segments are hash ranges), one such tree per secondary index, and its time-to-live setting.
 *
 * <p>Reads are lock-free. Writes run under one lock per table, so a read-check-write (a conditional put or delete,
 * an update) is atomic and single-item operations are linearizable. A transaction holds the locks of all its tables
 * ({@link TableLocks}) while it checks and applies its writes, and marks the tables it writes ({@link
 * #beginTransactionalWrites}); a single-item read ({@link #get}) that finds a table so marked waits for the
 * transaction to finish, so one reader never sees one item of a transaction applied and then another not yet.
 * {@link #write} is the only way items change, and it keeps every index in step: it validates the new item's index
 * keys, then replaces the item and its index entries, and keeps the item counts and sizes DescribeTable reports.
 * Stored items are immutable maps of immutable values, each beside its size ({@link StoredItem}); an index entry is
 * the same stored item (the index's projection is applied when it is read), so indexes cost no
 * copies and an entry is never half-written.
 *
 * <p>A transaction in progress claims its items ({@link #claim}); a single-item write of a claimed item fails with
 * {@code TransactionConflictException}, as on DynamoDB, instead of waiting.
 *
 * <p>UpdateTable changes a table in place ({@link #changeSettings}, {@link #addGlobalIndex}, {@link
 * #removeGlobalIndex}) under the write lock, replacing the immutable {@link Schema} that reads see. A global index
 * added to a populated table is filled at once, and is reported {@code CREATING} (backfilling, not readable) with
 * the table {@code UPDATING} until the table is next described ({@link #settle}): the transition is observable and
 * deterministic, and never depends on timing.
 *
 * <p>Every change is reported to the emulator's {@link ChangeListener} under the write lock, before it is stored
 * (unless the listener wants no item changes yet, {@link ItemChangeInterest}): {@link #write} reports its own; a
 * transaction reports all of its writes at once and then stores them with {@link #writeReported}. Both store through
 * one path that keeps the item counts, sizes and indexes. Once the catalog has deleted the table ({@link #markDeleted},
 * under the lock), writes that looked the table up before fail as writes to a missing table, so none is reported after
 * the table's deletion.
 */
public final class Table {
    /** DynamoDB's message for an operation on an item a transaction in progress holds. */
    public static final String TRANSACTION_ONGOING = "Transaction is ongoing for the item";

    private final KeySchema keySchema;
    private final EntryTree items;
    private final AtomicLong itemCount = new AtomicLong();
    private final AtomicLong sizeBytes = new AtomicLong();
    private final ReentrantLock writeLock = new ReentrantLock();
    private final TableTags tags = new TableTags();
    /** Transactions applying writes to this table now; changed only under {@link #writeLock}. */
    private volatile int transactionsApplying;

    private volatile Schema schema;
    private volatile TableSettings settings;
    /** Global indexes created by UpdateTable and not yet reported ACTIVE; replaced under {@link #writeLock}. */
    private volatile Set<String> backfilling = Set.of();
    /** Whether an UpdateTable has not been followed by a DescribeTable yet. */
    private volatile boolean updating;
    /** The items of transactions in progress, each with the transaction that claimed it ({@link #claim}). */
    private final ConcurrentHashMap<StorageKey, Object> claims = new ConcurrentHashMap<>();

    private final ChangeListener listener;
    /** Set, under {@link #writeLock}, once the catalog has deleted the table. */
    private boolean deleted;

    private volatile TimeToLiveDescription timeToLive =
            new TimeToLiveDescription(TimeToLiveStatus.DISABLED, Optional.empty());

    /**
     * The table's definition (keys, attribute definitions, indexes) with its indexes' storage: immutable, replaced
     * whole when UpdateTable adds or removes an index.
     */
    private record Schema(
            TableDescription definition, List<IndexDefinition> indexes, Map<String, IndexStorage> storage) {
        static Schema of(TableDescription definition, KeySchema keySchema, Map<String, IndexStorage> existing) {
            List<IndexDefinition> indexes = IndexDefinition.of(definition, keySchema);
            Map<String, IndexStorage> storage = new LinkedHashMap<>();
            indexes.forEach(index -> storage.put(
                    index.name(),
                    existing.containsKey(index.name()) ? existing.get(index.name()) : new IndexStorage(index)));
            return new Schema(definition, indexes, Map.copyOf(storage));
        }
    }

    /** A new empty table for a validated definition and settings, reporting its changes to {@code listener}. */
    public Table(TableDescription definition, TableSettings settings, ChangeListener listener) {
        Objects.requireNonNull(definition, "definition");
        this.keySchema = KeySchema.of(definition);
        this.items = new EntryTree(EntryKeys.of(keySchema));
        this.schema = Schema.of(definition, keySchema, Map.of());
        this.settings = Objects.requireNonNull(settings, "settings");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** The table's name. */
    public String name() {
        return schema.definition().tableName();
    }

    /** The table's primary key. */
    public KeySchema keySchema() {
        return keySchema;
    }

    /** The table's secondary indexes, global then local. */
    public List<IndexDefinition> indexes() {
        return schema.indexes();
    }

    /** The table's definition: keys, attribute definitions, indexes and billing mode. */
    public TableDescription definition() {
        return schema.definition();
    }

    /** What the table is beyond its keys and indexes. */
    public TableSettings settings() {
        return settings;
    }

    /**
     * The table's description in the given state, with its live item counts and sizes. While an UpdateTable is
     * pending ({@link #settle} not yet called) an ACTIVE table is reported UPDATING and new indexes CREATING.
     */
    public TableDescription describe(TableStatus status) {
        Schema current = schema;
        TableSettings now = settings;
        TableDescription definition = current.definition();
        TableStatus reported = status == TableStatus.ACTIVE && updating ? TableStatus.UPDATING : status;
        List<IndexDescription> indexDescriptions = new ArrayList<>();
        for (IndexDefinition index : current.indexes()) {
            IndexStorage storage = current.storage().get(index.name());
            boolean creating = backfilling.contains(index.name());
            indexDescriptions.add(new IndexDescription(
                    index.name(),
                    creating ? IndexStatus.CREATING : IndexStatus.ACTIVE,
                    creating,
                    storage.count(),
                    storage.bytes(),
                    index.global() ? now.indexThroughput(index.name()) : Optional.empty()));
        }
        return new TableDescription(
                definition.tableName(),
                definition.attributeDefinitions(),
                definition.keySchema(),
                definition.globalSecondaryIndexes(),
                definition.localSecondaryIndexes(),
                now.billingMode(),
                reported,
                itemCount.get(),
                now.provisionedThroughput(),
                Optional.of(now.created()),
                sizeBytes.get(),
                Optional.of(TableArns.of(definition.tableName())),
                indexDescriptions,
                now.streamSpecification(),
                now.streamLabel());
    }

    /** Ends a pending UpdateTable: the table and its new indexes become ACTIVE (DescribeTable calls this first). */
    public void settle() {
        if (!updating) {
            return;
        }
        writeLock.lock();
        try {
            updating = false;
            backfilling = Set.of();
        } finally {
            writeLock.unlock();
        }
    }

    /** Whether the named global index is still being created (not readable yet). */
    public boolean isBackfilling(String indexName) {
        return backfilling.contains(indexName);
    }

    /** Whether an UpdateTable is pending (the table is UPDATING until it is next described). */
    public boolean isUpdating() {
        return updating;
    }

    /** Replaces the table's settings and marks it UPDATING (UpdateTable's billing, throughput and stream changes). */
    public void changeSettings(TableSettings changed) {
        writeLock.lock();
        try {
            settings = Objects.requireNonNull(changed, "changed");
            updating = true;
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Adds a validated global index and fills it from the table's items, atomically with respect to writes; the
     * index stays CREATING until {@link #settle}. Items whose index key attributes have the wrong type or are empty
     * are left out of the index, as DynamoDB's backfill leaves them out.
     *
     * @param definition the table's definition with the index (and its attribute definitions) added
     */
    public void addGlobalIndex(TableDescription definition, String indexName) {
        writeLock.lock();
        try {
            Schema next = Schema.of(definition, keySchema, schema.storage());
            IndexDefinition index = next.indexes().stream()
                    .filter(candidate -> candidate.name().equals(indexName))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("the definition lacks index " + indexName));
            IndexStorage storage = next.storage().get(indexName);
            for (Iterator<StoredItem> walk = items.snapshot().ascending(StorageKey.FIRST, StorageKey.LAST);
                    walk.hasNext(); ) {
                StoredItem stored = walk.next();
                if (IndexKeyValidator.accepts(index, stored.item())) {
                    index.storageKey(stored.item()).ifPresent(entry -> {
                        storage.entries().put(entry, stored);
                        storage.counted(1, entryBytes(index, stored));
                    });
                }
            }
            Set<String> creating = new HashSet<>(backfilling);
            creating.add(indexName);
            backfilling = Set.copyOf(creating);
            schema = next;
            updating = true;
        } finally {
            writeLock.unlock();
        }
    }

    /** Removes a global index and its entries, marking the table UPDATING. */
    public void removeGlobalIndex(TableDescription definition, String indexName) {
        writeLock.lock();
        try {
            schema = Schema.of(definition, keySchema, schema.storage());
            Set<String> creating = new HashSet<>(backfilling);
            creating.remove(indexName);
            backfilling = Set.copyOf(creating);
            updating = true;
        } finally {
            writeLock.unlock();
        }
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
        StoredItem stored = items.get(position(key));
        return stored == null ? Optional.empty() : Optional.of(stored.item());
    }

    /**
     * Claims the item under {@code key} for {@code transaction} while it is in progress: single-item writes of the
     * item fail with {@code TransactionConflictException}, and other transactions cannot claim it, until {@link
     * #release}. Never waits.
     *
     * @return false when another transaction holds the item
     */
    public boolean claim(PrimaryKey key, Object transaction) {
        Object holder = claims.putIfAbsent(position(key), transaction);
        return holder == null || holder == transaction;
    }

    /** Releases a claim taken by {@link #claim}. */
    public void release(PrimaryKey key, Object transaction) {
        claims.remove(position(key), transaction);
    }

    /** Whether a transaction in progress holds the item under {@code key}. */
    public boolean isClaimed(PrimaryKey key) {
        return !claims.isEmpty() && claims.containsKey(position(key));
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
        return new ReadTarget(keySchema, Optional.empty(), items.snapshot());
    }

    /** The named secondary index as Query and Scan read it, if the table has it. */
    public Optional<ReadTarget> readIndex(String indexName) {
        Schema current = schema;
        return current.indexes().stream()
                .filter(index -> index.name().equals(indexName))
                .findFirst()
                .map(index -> new ReadTarget(
                        keySchema,
                        Optional.of(index),
                        current.storage().get(index.name()).entries().snapshot()));
    }

    /**
     * Applies {@code change} to the item under {@code key} atomically with respect to every other write to this
     * table, keeps the secondary indexes in step, and returns the item that was stored before (empty when none).
     *
     * @throws io.tabletheory.api.error.ValidationException when the new item's secondary-index key attributes are
     *     invalid ({@link IndexKeyValidator}); nothing changes then
     */
    public Optional<Map<String, AttributeValue>> write(PrimaryKey key, ItemChange change) {
        return write(key, change, null);
    }

    /**
     * {@link #write(PrimaryKey, ItemChange)} on behalf of a transaction: an item claimed by {@code transaction}
     * itself may be written; {@code null} stands for no transaction.
     *
     * @throws TransactionConflictException when another transaction has claimed the item (it is in progress)
     */
    public Optional<Map<String, AttributeValue>> write(PrimaryKey key, ItemChange change, Object transaction) {
        return write(key, change, transaction, null);
    }

    /**
     * {@link #write(PrimaryKey, ItemChange)} for a change that returns {@code stored}'s item (or nothing): the
     * item is stored as {@code stored}, already sized, rather than sized again.
     */
    public Optional<Map<String, AttributeValue>> writeStored(PrimaryKey key, ItemChange change, StoredItem stored) {
        return write(key, change, null, Objects.requireNonNull(stored, "stored"));
    }

    private Optional<Map<String, AttributeValue>> write(
            PrimaryKey key, ItemChange change, Object transaction, StoredItem stored) {
        writeLock.lock();
        try {
            requireLive();
            StorageKey position = position(key);
            Object claimant = claims.isEmpty() ? null : claims.get(position);
            if (claimant != null && claimant != transaction) {
                throw new TransactionConflictException(TRANSACTION_ONGOING);
            }
            StoredItem current = items.get(position);
            Optional<Map<String, AttributeValue>> before =
                    current == null ? Optional.empty() : Optional.of(current.item());
            Optional<Map<String, AttributeValue>> next = change.apply(before);
            if (next.isPresent()) {
                IndexKeyValidator.validate(schema.indexes(), next.get());
            }
            StoredItem written = next.isEmpty()
                    ? null
                    : stored != null && next.get() == stored.item() ? stored : StoredItem.of(next.get());
            if (!reportsItemChanges() || !changes(before, next)) {
                store(position, current, written);
                return before;
            }
            listener.itemsChanging(List.of(itemWrite(key, next)));
            try {
                store(position, current, written);
            } finally {
                listener.changeApplied();
            }
            return before;
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
        store(position, items.get(position), next.map(StoredItem::of).orElse(null));
    }

    /** Whether the listener needs this table's item changes now ({@link ItemChangeInterest}). */
    private boolean reportsItemChanges() {
        return listener != ChangeListener.NONE
                && (!(listener instanceof ItemChangeInterest interest) || interest.wantsItemChanges());
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

    /**
     * Replaces the item at {@code position} ({@code before}, null when none) by {@code written}, under the write lock:
     * the one path every write takes, keeping the item count, the table's size and the current schema's indexes (with
     * their counts and sizes) in step. The item is stored as a {@link StoredItem}, which carries its size, so no later
     * read or write walks its values to size it again.
     */
    private void store(StorageKey position, StoredItem before, StoredItem next) {
        Schema current = schema;
        if (next != null) {
            items.put(position, next);
            if (before == null) {
                itemCount.incrementAndGet();
            }
        } else if (before != null) {
            items.remove(position);
            itemCount.decrementAndGet();
        }
        sizeBytes.addAndGet((next == null ? 0 : next.sizeBytes()) - (before == null ? 0 : before.sizeBytes()));
        updateIndexes(current, before, next);
    }

    private static void updateIndexes(Schema current, StoredItem before, StoredItem next) {
        for (IndexDefinition index : current.indexes()) {
            IndexStorage storage = current.storage().get(index.name());
            EntryTree entries = storage.entries();
            Optional<StorageKey> was = before == null ? Optional.empty() : index.storageKey(before.item());
            Optional<StorageKey> becomes = next == null ? Optional.empty() : index.storageKey(next.item());
            // Add the new entry before removing the old one: a concurrent reader may see the item twice across a
            // key change (as an eventually consistent index may show it), but never loses an unchanged item.
            if (becomes.isPresent()) {
                entries.put(becomes.get(), next);
                storage.counted(1, entryBytes(index, next));
            }
            if (was.isPresent()) {
                if (becomes.isEmpty() || StorageKey.ORDER.compare(was.get(), becomes.get()) != 0) {
                    entries.remove(was.get());
                }
                storage.counted(-1, entryBytes(index, before));
            }
        }
    }

    /** The size of an item's entry in an index: the whole item for an ALL projection, else its projected part. */
    private static long entryBytes(IndexDefinition index, StoredItem stored) {
        return index.projectionType() == ProjectionType.ALL
                ? stored.sizeBytes()
                : ItemSize.of(index.project(stored.item()));
    }

    /**
     * The size in bytes of the item collection of {@code partition}: the items with that partition key and their
     * entries in the local secondary indexes.
     */
    public long collectionBytes(AttributeValue partition) {
        StorageKey first = StorageKey.bound(List.of(partition), -1);
        StorageKey last = StorageKey.bound(List.of(partition), 1);
        long bytes = 0;
        for (Iterator<StoredItem> walk = items.snapshot().ascending(first, last); walk.hasNext(); ) {
            bytes += walk.next().sizeBytes();
        }
        Schema current = schema;
        for (IndexDefinition index : current.indexes()) {
            if (!index.global()) {
                Iterator<StoredItem> walk =
                        current.storage().get(index.name()).entries().snapshot().ascending(first, last);
                while (walk.hasNext()) {
                    bytes += entryBytes(index, walk.next());
                }
            }
        }
        return bytes;
    }

    private static StorageKey position(PrimaryKey key) {
        return StorageKey.entry(key.partition(), key.sort().orElse(null));
    }

    /** The table's time-to-live setting. */
    public TimeToLiveDescription timeToLive() {
        return timeToLive;
    }

    /** Replaces the table's time-to-live setting. */
    public void timeToLive(TimeToLiveDescription description) {
        this.timeToLive = Objects.requireNonNull(description, "description");
    }

    /** Adds validated tags, replacing values of keys the table has. */
    public void tag(List<Tag> added) {
        tags.add(added);
    }

    /** Removes tags by key. */
    public void untag(List<String> keys) {
        tags.remove(keys);
    }

    /** The table's tags. */
    public List<Tag> tags() {
        return tags.list();
    }
}
