package io.tabletheory.inmemory.internal.table;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The entries of one secondary index of a {@link Table} (each the same stored item the table holds, in
 * {@link StorageKey#ORDER}) and their running count and size, which DescribeTable reports as the index's {@code
 * ItemCount} and {@code IndexSizeBytes}. Changed only under the table's write lock; read without locks.
 */
final class IndexStorage {
    private final EntryTree entries;
    private final AtomicLong count = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();

    IndexStorage(IndexDefinition index) {
        this.entries = new EntryTree(EntryKeys.of(index));
    }

    EntryTree entries() {
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
