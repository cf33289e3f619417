package io.tabletheory.api.request;

import io.tabletheory.api.internal.Immutables;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The capacity a request consumed on one table, reported when the request set {@link ReturnConsumedCapacity}.
 *
 * @param tableName the table
 * @param capacityUnits total units on the table and its indexes
 * @param readCapacityUnits total read units
 * @param writeCapacityUnits total write units
 * @param table units on the table itself (with {@code INDEXES}); empty otherwise
 * @param globalSecondaryIndexes units per global secondary index (with {@code INDEXES}); empty otherwise
 * @param localSecondaryIndexes units per local secondary index (with {@code INDEXES}); empty otherwise
 */
public record ConsumedCapacity(
        String tableName,
        double capacityUnits,
        double readCapacityUnits,
        double writeCapacityUnits,
        Optional<Capacity> table,
        Map<String, Capacity> globalSecondaryIndexes,
        Map<String, Capacity> localSecondaryIndexes) {

    public ConsumedCapacity {
        Objects.requireNonNull(tableName, "tableName");
        table = RequestDefaults.absentIfNull(table);
        globalSecondaryIndexes = Immutables.orderedMap(globalSecondaryIndexes, "globalSecondaryIndexes");
        localSecondaryIndexes = Immutables.orderedMap(localSecondaryIndexes, "localSecondaryIndexes");
    }

    /** A total-only report: the units on the table, with no breakdown. */
    public static ConsumedCapacity total(String tableName, double readUnits, double writeUnits) {
        return new ConsumedCapacity(
                tableName, readUnits + writeUnits, readUnits, writeUnits, Optional.empty(), Map.of(), Map.of());
    }
}
