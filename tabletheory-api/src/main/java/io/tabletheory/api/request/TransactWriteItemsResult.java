package io.tabletheory.api.request;

import io.tabletheory.api.internal.Immutables;
import java.util.List;
import java.util.Map;

/**
 * The result of a successful TransactWriteItems: every action was applied.
 *
 * @param consumedCapacity one report per table, when the request asked for it
 * @param itemCollectionMetrics per table with local secondary indexes, the size of each item collection written,
 *     when the request asked for it
 */
public record TransactWriteItemsResult(
        List<ConsumedCapacity> consumedCapacity, Map<String, List<ItemCollectionMetrics>> itemCollectionMetrics) {
    /** A result without item collection metrics. */
    public TransactWriteItemsResult(List<ConsumedCapacity> consumedCapacity) {
        this(consumedCapacity, Map.of());
    }

    public TransactWriteItemsResult {
        consumedCapacity = consumedCapacity == null ? List.of() : List.copyOf(consumedCapacity);
        itemCollectionMetrics = Immutables.orderedMapOfLists(itemCollectionMetrics, "itemCollectionMetrics");
    }
}
