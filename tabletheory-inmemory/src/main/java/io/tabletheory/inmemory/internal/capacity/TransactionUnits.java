package io.tabletheory.inmemory.internal.capacity;

import io.tabletheory.api.request.Capacity;
import io.tabletheory.api.request.ConsumedCapacity;
import io.tabletheory.api.request.ReturnConsumedCapacity;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.item.ItemSize;
import io.tabletheory.inmemory.internal.table.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The capacity a transaction consumed, per table, in the order the tables first appear in the request. Every item a
 * transaction touches costs twice what the same request costs outside one (DynamoDB prepares, then commits): a
 * written item two write units per KB ({@link WriteUnits#transactional}), an item only read (a TransactGetItems
 * read, or a ConditionCheck) two read units per 4 KB, read with strong consistency.
 */
public final class TransactionUnits {
    private final Map<String, Double> readUnits = new LinkedHashMap<>();
    private final Map<String, WriteUnits> writeUnits = new LinkedHashMap<>();

    /** Adds a transactional read of {@code item} (empty when there is none: the minimum, as GetItem charges). */
    public void read(Table table, Optional<Map<String, AttributeValue>> item) {
        double units = 2 * CapacityUnits.read(item.map(ItemSize::of).orElse(0L), true);
        readUnits.merge(table.name(), units, Double::sum);
        writeUnits.putIfAbsent(table.name(), WriteUnits.NONE);
    }

    /** Adds a transactional write that changed {@code before} into {@code after} (empty for none). */
    public void write(
            Table table, Optional<Map<String, AttributeValue>> before, Optional<Map<String, AttributeValue>> after) {
        readUnits.putIfAbsent(table.name(), 0.0);
        writeUnits.merge(table.name(), WriteUnits.of(table, before, after).transactional(), WriteUnits::plus);
    }

    /** One report per table, as {@code mode} asks; empty for NONE. */
    public List<ConsumedCapacity> report(ReturnConsumedCapacity mode) {
        List<ConsumedCapacity> reports = new ArrayList<>();
        if (mode == ReturnConsumedCapacity.NONE) {
            return reports;
        }
        writeUnits.forEach((table, written) -> {
            double read = readUnits.getOrDefault(table, 0.0);
            double write = written.table() + sum(written.globalIndexes()) + sum(written.localIndexes());
            if (mode == ReturnConsumedCapacity.TOTAL) {
                reports.add(ConsumedCapacity.total(table, read, write));
                return;
            }
            reports.add(new ConsumedCapacity(
                    table,
                    read + write,
                    read,
                    write,
                    Optional.of(new Capacity(read + written.table(), read, written.table())),
                    shares(written.globalIndexes()),
                    shares(written.localIndexes())));
        });
        return reports;
    }

    private static double sum(Map<String, Double> units) {
        return units.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    private static Map<String, Capacity> shares(Map<String, Double> units) {
        Map<String, Capacity> shares = new LinkedHashMap<>();
        units.forEach((index, value) -> shares.put(index, new Capacity(value, 0, value)));
        return shares;
    }
}
