package io.tabletheory.inmemory.internal.capacity;

import io.tabletheory.api.request.ConsumedCapacity;
import io.tabletheory.api.request.ReturnConsumedCapacity;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.item.ItemSize;
import io.tabletheory.inmemory.internal.table.IndexDefinition;
import io.tabletheory.inmemory.internal.table.StorageKey;
import io.tabletheory.inmemory.internal.table.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The capacity of one applied single-item write: the table pays for the larger of the item before and after, and
 * each secondary index pays for what happened to its entry (added, removed, moved to another key, or rewritten),
 * sized by the index's projection.
 */
public final class WriteCapacity {
    private WriteCapacity() {}

    /** The report of a write that changed {@code before} into {@code after} (empty for none). */
    public static Optional<ConsumedCapacity> of(
            ReturnConsumedCapacity mode,
            Table table,
            Optional<Map<String, AttributeValue>> before,
            Optional<Map<String, AttributeValue>> after) {
        if (mode == ReturnConsumedCapacity.NONE) {
            return Optional.empty();
        }
        long largest = Math.max(
                before.map(ItemSize::of).orElse(0L), after.map(ItemSize::of).orElse(0L));
        Map<String, Double> global = new LinkedHashMap<>();
        Map<String, Double> local = new LinkedHashMap<>();
        for (IndexDefinition index : table.indexes()) {
            Optional<StorageKey> oldKey = before.flatMap(index::storageKey);
            Optional<StorageKey> newKey = after.flatMap(index::storageKey);
            long oldBytes = oldKey.isPresent() ? ItemSize.of(index.project(before.get())) : -1;
            long newBytes = newKey.isPresent() ? ItemSize.of(index.project(after.get())) : -1;
            boolean moved = oldKey.isPresent()
                    && newKey.isPresent()
                    && StorageKey.ORDER.compare(oldKey.get(), newKey.get()) != 0;
            double units = CapacityUnits.indexWrite(oldBytes, newBytes, moved);
            if (units > 0) {
                (index.global() ? global : local).put(index.name(), units);
            }
        }
        return CapacityReports.write(mode, table.name(), CapacityUnits.write(largest), global, local);
    }
}
