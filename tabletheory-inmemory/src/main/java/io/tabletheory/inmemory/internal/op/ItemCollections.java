package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.request.ItemCollectionMetrics;
import io.tabletheory.api.request.ReturnItemCollectionMetrics;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.table.PrimaryKey;
import io.tabletheory.inmemory.internal.table.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code ItemCollectionMetrics} of a write (or of a batch's or transaction's writes) that asked for {@code SIZE}: only on a table with local secondary
 * indexes, as DynamoDB reports them, the written item's partition key and a one-gigabyte range around the size of its
 * item collection (the partition's items and their local index entries), measured after the write.
 */
final class ItemCollections {
    private static final double GIGABYTE = 1024.0 * 1024 * 1024;

    private ItemCollections() {}

    static Optional<ItemCollectionMetrics> of(ReturnItemCollectionMetrics requested, Table table, PrimaryKey key) {
        if (requested == ReturnItemCollectionMetrics.NONE || !hasLocalIndex(table)) {
            return Optional.empty();
        }
        double lower = Math.floor(table.collectionBytes(key.partition()) / GIGABYTE);
        return Optional.of(new ItemCollectionMetrics(
                Map.of(table.keySchema().partition().name(), key.partition()), List.of(lower, lower + 1)));
    }

    /**
     * The metrics of a batch or transaction: per table with local indexes, one entry per item collection written
     * (several writes to one partition report it once), in the order first written.
     *
     * @param written each written item's table and key, in request order
     */
    static Map<String, List<ItemCollectionMetrics>> of(
            ReturnItemCollectionMetrics requested, List<Map.Entry<Table, PrimaryKey>> written) {
        if (requested == ReturnItemCollectionMetrics.NONE) {
            return Map.of();
        }
        Map<String, List<ItemCollectionMetrics>> metrics = new LinkedHashMap<>();
        Map<String, Set<AttributeValue>> reported = new HashMap<>();
        for (Map.Entry<Table, PrimaryKey> write : written) {
            Table table = write.getKey();
            AttributeValue partition = write.getValue().partition();
            if (hasLocalIndex(table)
                    && reported.computeIfAbsent(table.name(), name -> new HashSet<>())
                            .add(partition)) {
                metrics.computeIfAbsent(table.name(), name -> new ArrayList<>())
                        .add(of(requested, table, write.getValue()).orElseThrow());
            }
        }
        return metrics;
    }

    private static boolean hasLocalIndex(Table table) {
        return table.indexes().stream().anyMatch(index -> !index.global());
    }
}
