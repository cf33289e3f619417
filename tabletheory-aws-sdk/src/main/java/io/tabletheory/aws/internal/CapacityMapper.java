package io.tabletheory.aws.internal;

import io.tabletheory.api.request.Capacity;
import io.tabletheory.api.request.ConsumedCapacity;
import io.tabletheory.api.request.ReturnConsumedCapacity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the consumed-capacity parts of requests and responses: the {@code ReturnConsumedCapacity} setting on the way
 * in, and DynamoDB's {@code ConsumedCapacity} reports (total, per table, per index) on the way out. Units DynamoDB
 * leaves out read as zero.
 */
public final class CapacityMapper {
    private CapacityMapper() {}

    /** The SDK setting for the api setting. */
    public static software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity toSdk(
            ReturnConsumedCapacity setting) {
        return software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity.fromValue(setting.name());
    }

    /** One report, or empty when DynamoDB sent none. */
    public static Optional<ConsumedCapacity> fromSdk(
            software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity capacity) {
        if (capacity == null) {
            return Optional.empty();
        }
        return Optional.of(new ConsumedCapacity(
                capacity.tableName() == null ? "" : capacity.tableName(),
                units(capacity.capacityUnits()),
                units(capacity.readCapacityUnits()),
                units(capacity.writeCapacityUnits()),
                Optional.ofNullable(capacity.table()).map(CapacityMapper::fromSdk),
                perIndex(capacity.globalSecondaryIndexes()),
                perIndex(capacity.localSecondaryIndexes())));
    }

    /** A list of reports (batches and transactions report one per table). */
    public static List<ConsumedCapacity> fromSdk(
            List<software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity> capacities) {
        List<ConsumedCapacity> reports = new ArrayList<>();
        for (var capacity : capacities) {
            fromSdk(capacity).ifPresent(reports::add);
        }
        return reports;
    }

    private static Capacity fromSdk(software.amazon.awssdk.services.dynamodb.model.Capacity capacity) {
        return new Capacity(
                units(capacity.capacityUnits()),
                units(capacity.readCapacityUnits()),
                units(capacity.writeCapacityUnits()));
    }

    private static Map<String, Capacity> perIndex(
            Map<String, software.amazon.awssdk.services.dynamodb.model.Capacity> indexes) {
        Map<String, Capacity> capacities = new LinkedHashMap<>();
        indexes.forEach((name, capacity) -> capacities.put(name, fromSdk(capacity)));
        return capacities;
    }

    private static double units(Double units) {
        return units == null ? 0.0 : units;
    }
}
