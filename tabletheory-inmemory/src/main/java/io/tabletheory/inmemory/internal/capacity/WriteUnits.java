package io.tabletheory.inmemory.internal.capacity;

import io.tabletheory.api.request.ConsumedCapacity;
import io.tabletheory.api.request.ReturnConsumedCapacity;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.item.ItemSize;
import io.tabletheory.inmemory.internal.table.IndexDefinition;
import io.tabletheory.inmemory.internal.table.StorageKey;
import io.tabletheory.inmemory.internal.table.Table;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The write units one or more applied writes spent on a table and on each of its secondary indexes (an index a
 * write did not touch has no entry). {@link #of} prices one single-item write; {@link #plus} adds the writes of a
 * batch up per table, so BatchWriteItem reports the sum of what each of its writes would have cost alone.
 *
 * @param table the units spent on the table itself
 * @param globalIndexes the units per global secondary index, in index definition order
 * @param localIndexes the units per local secondary index, in index definition order
 */
public record WriteUnits(double table, Map<String, Double> globalIndexes, Map<String, Double> localIndexes) {
    /** No writes yet. */
    public static final WriteUnits NONE = new WriteUnits(0, Map.of(), Map.of());

    public WriteUnits {
        globalIndexes = Collections.unmodifiableMap(new LinkedHashMap<>(globalIndexes));
        localIndexes = Collections.unmodifiableMap(new LinkedHashMap<>(localIndexes));
    }

    /**
     * The units of a write that changed {@code before} into {@code after} (empty for none): the table pays for the
     * larger of the two, and each secondary index pays for what happened to its entry (added, removed, moved to
     * another key, or rewritten), sized by the index's projection.
     */
    public static WriteUnits of(
            Table table, Optional<Map<String, AttributeValue>> before, Optional<Map<String, AttributeValue>> after) {
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
        return new WriteUnits(CapacityUnits.write(largest), global, local);
    }

    /** These units plus {@code other}'s, index by index. */
    public WriteUnits plus(WriteUnits other) {
        return new WriteUnits(
                table + other.table,
                merge(globalIndexes, other.globalIndexes),
                merge(localIndexes, other.localIndexes));
    }

    /**
     * These units doubled, index by index: a transactional write costs twice what the same write costs alone (one
     * write to prepare the transaction, one to commit it).
     */
    public WriteUnits transactional() {
        return new WriteUnits(table * 2, doubled(globalIndexes), doubled(localIndexes));
    }

    private static Map<String, Double> doubled(Map<String, Double> units) {
        Map<String, Double> twice = new LinkedHashMap<>();
        units.forEach((index, value) -> twice.put(index, value * 2));
        return twice;
    }

    /** The report {@code mode} asks for, naming {@code tableName}; empty for NONE. */
    public Optional<ConsumedCapacity> report(ReturnConsumedCapacity mode, String tableName) {
        return CapacityReports.write(mode, tableName, table, globalIndexes, localIndexes);
    }

    private static Map<String, Double> merge(Map<String, Double> left, Map<String, Double> right) {
        Map<String, Double> sum = new LinkedHashMap<>(left);
        right.forEach((index, units) -> sum.merge(index, units, Double::sum));
        return sum;
    }
}
