package io.tabletheory.inmemory;

import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.TimeToLiveDescription;
import io.tabletheory.api.value.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Sees every change an {@link InMemoryDynamoStore} applies, in an order that replays to the same state: what a journal
 * needs to make the emulator's data outlive its process ({@code tabletheory-server}'s data directory uses it). Given
 * to {@link InMemoryDynamoStore#create(java.time.Clock, ChangeListener)}.
 *
 * <p>Each call happens while the change is being applied, before any reader can see it, under the locks that order
 * it: the write locks of the items' tables for item changes, and one lock for every table-level change. So, replayed
 * in call order on an empty emulator, the calls rebuild exactly the emulator's state, and every change a caller was
 * told about (a returned call) was reported before the call returned. Changes of one item are reported in the order
 * they were applied; a change a reader saw was reported before the read returned.
 *
 * <p>Item changes are reported as their result, not as the request: the whole item after a put or an update, or its
 * key after a delete, so replay needs no condition, expression or clock. One call carries what is applied atomically:
 * a PutItem, UpdateItem or DeleteItem, each write of a BatchWriteItem (separately, as they are applied separately),
 * every write of a TransactWriteItems (together, in one call), and each deletion by {@link
 * InMemoryDynamoStore#sweepExpiredItems()}. A write that changes nothing (a delete of a missing item, a sweep that
 * finds the item rewritten) is not reported.
 *
 * <p>Table settings changed after creation (UpdateTable's billing mode, throughput, global indexes and stream, and
 * tags added or removed later) are not reported: a listener that must keep them reads them from the store, as
 * {@code tabletheory-server}'s data directory does by saving a snapshot after each such change. A table's settings
 * at its creation, tags and stream included, are in the {@link CreateTableRequest} that {@link #tableCreating}
 * reports.
 *
 * <p>After a change was reported and applied (or, should applying it fail, abandoned), the same thread calls {@link
 * #changeApplied()}, still holding the locks: between the two calls the change is in flight, reported but maybe not
 * yet visible. A journal that compacts itself into snapshots waits for changes in flight before it starts one.
 *
 * <p>A listener that throws refuses the change: nothing of it is applied, {@link #changeApplied()} is not called, and
 * the exception reaches the caller of the operation, unchanged. Calls come from many threads at once (one per table being written), so an implementation
 * must be thread-safe, and should be quick: it runs while the tables are locked.
 */
public interface ChangeListener {
    /** The listener that ignores every change: an emulator without one. */
    ChangeListener NONE = new ChangeListener() {
        @Override
        public void itemsChanging(List<ItemWrite> writes) {}

        @Override
        public void tableCreating(CreateTableRequest table) {}

        @Override
        public void timeToLiveChanging(String tableName, TimeToLiveDescription timeToLive) {}

        @Override
        public void tableDeleting(String tableName) {}
    };

    /**
     * Item changes about to be applied together (one, or the writes of one transaction, in request order).
     *
     * @param writes one or more writes, to distinct items
     */
    void itemsChanging(List<ItemWrite> writes);

    /** A table about to be created, empty, as the validated request describes it. */
    void tableCreating(CreateTableRequest table);

    /** A table's time-to-live setting about to be replaced by {@code timeToLive} (its items stay). */
    void timeToLiveChanging(String tableName, TimeToLiveDescription timeToLive);

    /** A table about to be deleted with all its items. */
    void tableDeleting(String tableName);

    /**
     * The change this thread reported last (by any of the other methods, which returned normally) is now applied, or
     * was abandoned; called once per such report, by the same thread. Does nothing by default.
     */
    default void changeApplied() {}

    /**
     * One item's new state.
     *
     * @param tableName the item's table
     * @param key the item's primary key attributes
     * @param item the whole item as now stored; empty when the item is deleted
     */
    record ItemWrite(String tableName, Map<String, AttributeValue> key, Optional<Map<String, AttributeValue>> item) {
        /** Checks that nothing is missing; the maps are the emulator's own immutable ones, not copied. */
        public ItemWrite {
            Objects.requireNonNull(tableName, "tableName");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(item, "item");
        }
    }
}
