package io.tabletheory.inmemory.internal.op;

import io.tabletheory.inmemory.internal.item.StoredItem;
import io.tabletheory.inmemory.internal.table.PartitionHash;
import io.tabletheory.inmemory.internal.table.ReadTarget;
import io.tabletheory.inmemory.internal.table.StorageKey;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The items a Scan reads, in storage order (partition-key hash, then key): the whole table or index, or the hash
 * range of one parallel-scan segment, after the ExclusiveStartKey when there is one.
 */
final class ScanWalk implements Iterator<StoredItem> {
    private final Iterator<Map.Entry<StorageKey, StoredItem>> entries;
    private final Optional<ScanSegment> segment;
    private StoredItem next;
    private boolean done;

    ScanWalk(ReadTarget target, Optional<ScanSegment> segment, Optional<StorageKey> after) {
        this.segment = segment;
        NavigableMap<StorageKey, StoredItem> range = target.entries();
        if (after.isPresent()) {
            range = range.tailMap(after.get(), false);
        } else if (segment.isPresent()) {
            range = range.tailMap(
                    StorageKey.hashBound(PartitionHash.firstHash(
                            segment.get().segment(), segment.get().total())),
                    true);
        }
        this.entries = range.entrySet().iterator();
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            if (!entries.hasNext()) {
                done = true;
            } else {
                Map.Entry<StorageKey, StoredItem> entry = entries.next();
                if (segment.isPresent()
                        && PartitionHash.segment(
                                        entry.getKey().hash(), segment.get().total())
                                != segment.get().segment()) {
                    done = true;
                } else {
                    next = entry.getValue();
                }
            }
        }
        return next != null;
    }

    @Override
    public StoredItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        StoredItem item = next;
        next = null;
        return item;
    }
}
