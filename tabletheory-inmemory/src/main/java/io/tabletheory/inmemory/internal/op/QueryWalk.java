package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.expr.eval.KeyCondition;
import io.tabletheory.inmemory.internal.expr.eval.SortKeyCondition;
import io.tabletheory.inmemory.internal.item.StoredItem;
import io.tabletheory.inmemory.internal.table.ReadTarget;
import io.tabletheory.inmemory.internal.table.StorageKey;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The items a Query reads, in order: the entries of one partition of the table or index between the sort-key
 * condition's bounds, ascending or descending, after the ExclusiveStartKey when there is one. Matching entries of a
 * partition are contiguous in storage; an entry that does not match is skipped before the first match (only
 * possible walking {@code begins_with} downwards) and ends the walk after it.
 */
final class QueryWalk implements Iterator<StoredItem> {
    private final Iterator<StoredItem> entries;
    private final Optional<SortKeyCondition> sort;
    private final String sortAttribute;
    private StoredItem next;
    private boolean matched;
    private boolean done;

    QueryWalk(ReadTarget target, KeyCondition condition, boolean forward, Optional<StorageKey> after) {
        AttributeValue partition = condition.partition();
        this.sort = condition.sort();
        this.sortAttribute =
                target.key().sort().map(attribute -> attribute.name()).orElse(null);
        StorageKey low = sort.flatMap(SortKeyCondition::lower)
                .map(bound -> StorageKey.bound(List.of(partition, bound.value()), bound.edge()))
                .orElse(StorageKey.bound(List.of(partition), -1));
        StorageKey high = sort.flatMap(SortKeyCondition::upper)
                .map(bound -> StorageKey.bound(List.of(partition, bound.value()), bound.edge()))
                .orElse(StorageKey.bound(List.of(partition), 1));
        if (after.isPresent()) {
            // Start after the ExclusiveStartKey, unless it lies outside the condition's range.
            if (forward && StorageKey.ORDER.compare(after.get(), low) > 0) {
                low = after.get();
            } else if (!forward && StorageKey.ORDER.compare(after.get(), high) < 0) {
                high = after.get();
            }
        }
        this.entries = forward
                ? target.entries().ascending(low, high)
                : target.entries().descending(high, low);
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done) {
            if (!entries.hasNext()) {
                done = true;
                break;
            }
            StoredItem candidate = entries.next();
            if (sort.isEmpty() || sort.get().matches(candidate.item().get(sortAttribute))) {
                matched = true;
                next = candidate;
            } else if (matched) {
                done = true;
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
