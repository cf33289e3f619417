package io.tabletheory.api.request;

import io.tabletheory.api.internal.Immutables;
import java.util.List;
import java.util.Map;

/**
 * The result of a BatchWriteItem.
 *
 * @param unprocessedItems the writes not applied this time, per table; retry them (with backoff) until empty
 * @param consumedCapacity one report per table, when the request asked for it
 * @param itemCollectionMetrics per table with local secondary indexes, the size of each item collection written,
 *     when the request asked for it
 */
public record BatchWriteItemResult(
        Map<String, List<WriteRequest>> unprocessedItems,
        List<ConsumedCapacity> consumedCapacity,
        Map<String, List<ItemCollectionMetrics>> itemCollectionMetrics) {
    /** A result without item collection metrics. */
    public BatchWriteItemResult(
            Map<String, List<WriteRequest>> unprocessedItems, List<ConsumedCapacity> consumedCapacity) {
        this(unprocessedItems, consumedCapacity, Map.of());
    }

    public BatchWriteItemResult {
        unprocessedItems = Immutables.orderedMapOfLists(unprocessedItems, "unprocessedItems");
        consumedCapacity = consumedCapacity == null ? List.of() : List.copyOf(consumedCapacity);
        itemCollectionMetrics = Immutables.orderedMapOfLists(itemCollectionMetrics, "itemCollectionMetrics");
    }
}
