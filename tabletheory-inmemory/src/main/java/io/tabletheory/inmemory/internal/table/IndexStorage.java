package io.tabletheory.inmemory.internal.table;

import io.tabletheory.inmemory.internal.item.StoredItem;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The entries of one secondary index of a {@link Table} (each the same stored item the table holds, in
 * {@link StorageKey#ORDER}) and their running count and size, which DescribeTable reports as the index's {@code
 * ItemCount} and {@code IndexSizeBytes}. Changed only under the table's write lock; read without locks.
 */
final class IndexStorage {
    private final ConcurrentSkipListMap<StorageKey, StoredItem> entries = new ConcurrentSkipListMap<>(StorageKey.ORDER);
    private final AtomicLong count = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();

    ConcurrentSkipListMap<StorageKey, StoredItem> entries() {
        return entries;
    }

    long count() {
        return count.get();
    }

    long bytes() {
        return bytes.get();
    }

    /** Records an entry added ({@code +1}) or removed ({@code -1}) with its size. */
    void counted(int delta, long entryBytes) {
        count.addAndGet(delta);
        bytes.addAndGet(delta * entryBytes);
    }
}
