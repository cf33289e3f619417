package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.value.AttributeValue;
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
final class ScanWalk implements Iterator<Map<String, AttributeValue>> {
    private final Iterator<Map.Entry<StorageKey, Map<String, AttributeValue>>> entries;
    private final Optional<ScanSegment> segment;
    private Map<String, AttributeValue> next;
    private boolean done;

    ScanWalk(ReadTarget target, Optional<ScanSegment> segment, Optional<StorageKey> after) {
        this.segment = segment;
        NavigableMap<StorageKey, Map<String, AttributeValue>> range = target.entries();
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
                Map.Entry<StorageKey, Map<String, AttributeValue>> entry = entries.next();
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
    public Map<String, AttributeValue> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Map<String, AttributeValue> item = next;
        next = null;
        return item;
    }
}
