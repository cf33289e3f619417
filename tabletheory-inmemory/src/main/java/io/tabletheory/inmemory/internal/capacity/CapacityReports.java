package io.tabletheory.inmemory.internal.capacity;

import io.tabletheory.api.request.Capacity;
import io.tabletheory.api.request.ConsumedCapacity;
import io.tabletheory.api.request.ReturnConsumedCapacity;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Builds the {@link ConsumedCapacity} a request reports, as {@code ReturnConsumedCapacity} asks: nothing for NONE,
 * the total for TOTAL, the total plus the table's and each index's share for INDEXES.
 */
public final class CapacityReports {
    private CapacityReports() {}

    /**
     * A read's report: the units of the table, or of the index it read. The units are computed only when a report
     * is asked for.
     */
    public static Optional<ConsumedCapacity> read(
            ReturnConsumedCapacity mode,
            String table,
            Optional<String> index,
            boolean globalIndex,
            DoubleSupplier unitsRead) {
        if (mode == ReturnConsumedCapacity.NONE) {
            return Optional.empty();
        }
        double units = unitsRead.getAsDouble();
        if (mode == ReturnConsumedCapacity.TOTAL) {
            return Optional.of(ConsumedCapacity.total(table, units, 0));
        }
        Capacity share = new Capacity(units, units, 0);
        Map<String, Capacity> global = new LinkedHashMap<>();
        Map<String, Capacity> local = new LinkedHashMap<>();
        index.ifPresent(name -> (globalIndex ? global : local).put(name, share));
        Optional<Capacity> tableShare = index.isPresent() ? Optional.empty() : Optional.of(share);
        return Optional.of(new ConsumedCapacity(table, units, units, 0, tableShare, global, local));
    }

    /** A write's report: the table's units plus each index's units. */
    public static Optional<ConsumedCapacity> write(
            ReturnConsumedCapacity mode,
            String table,
            double tableUnits,
            Map<String, Double> globalIndexUnits,
            Map<String, Double> localIndexUnits) {
        if (mode == ReturnConsumedCapacity.NONE) {
            return Optional.empty();
        }
        double total = tableUnits
                + globalIndexUnits.values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum()
                + localIndexUnits.values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum();
        if (mode == ReturnConsumedCapacity.TOTAL) {
            return Optional.of(ConsumedCapacity.total(table, 0, total));
        }
        return Optional.of(new ConsumedCapacity(
                table,
                total,
                0,
                total,
                Optional.of(new Capacity(tableUnits, 0, tableUnits)),
                shares(globalIndexUnits),
                shares(localIndexUnits)));
    }

    private static Map<String, Capacity> shares(Map<String, Double> units) {
        Map<String, Capacity> shares = new LinkedHashMap<>();
        units.forEach((index, value) -> shares.put(index, new Capacity(value, 0, value)));
        return shares;
    }
}
