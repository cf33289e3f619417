package io.tabletheory.inmemory.internal.op;

import io.tabletheory.inmemory.internal.item.StoredItem;
import io.tabletheory.inmemory.internal.table.PartitionHash;
import io.tabletheory.inmemory.internal.table.ReadTarget;
import io.tabletheory.inmemory.internal.table.StorageKey;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The items a Scan reads, in storage order (partition-key hash, then key): the whole table or index, or the hash
 * range of one parallel-scan segment (from its first hash to the next segment's), after the ExclusiveStartKey when there is one.
 */
final class ScanWalk implements Iterator<StoredItem> {
    private final Iterator<StoredItem> entries;

    ScanWalk(ReadTarget target, Optional<ScanSegment> segment, Optional<StorageKey> after) {
        StorageKey low = StorageKey.FIRST;
        StorageKey high = StorageKey.LAST;
        if (segment.isPresent()) {
            int index = segment.get().segment();
            int total = segment.get().total();
            low = StorageKey.hashBound(PartitionHash.firstHash(index, total));
            if (index + 1 < total) {
                high = StorageKey.hashBound(PartitionHash.firstHash(index + 1, total));
            }
        }
        if (after.isPresent()) {
            low = after.get();
        }
        this.entries = target.entries().ascending(low, high);
    }

    @Override
    public boolean hasNext() {
        return entries.hasNext();
    }

    @Override
    public StoredItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return entries.next();
    }
}
