package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.request.ItemCollectionMetrics;
import io.tabletheory.api.request.ReturnItemCollectionMetrics;
import io.tabletheory.inmemory.internal.table.PrimaryKey;
import io.tabletheory.inmemory.internal.table.Table;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code ItemCollectionMetrics} of a write that asked for {@code SIZE}: only on a table with local secondary
 * indexes, as DynamoDB reports them, the written item's partition key and a one-gigabyte range around the size of its
 * item collection (the partition's items and their local index entries), measured after the write.
 */
final class ItemCollections {
    private static final double GIGABYTE = 1024.0 * 1024 * 1024;

    private ItemCollections() {}

    static Optional<ItemCollectionMetrics> of(ReturnItemCollectionMetrics requested, Table table, PrimaryKey key) {
        if (requested == ReturnItemCollectionMetrics.NONE
                || table.indexes().stream().allMatch(index -> index.global())) {
            return Optional.empty();
        }
        double lower = Math.floor(table.collectionBytes(key.partition()) / GIGABYTE);
        return Optional.of(new ItemCollectionMetrics(
                Map.of(table.keySchema().partition().name(), key.partition()), List.of(lower, lower + 1)));
    }
}
