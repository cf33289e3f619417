package io.tabletheory.api.request;

import io.tabletheory.api.internal.Immutables;
import io.tabletheory.api.value.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The size of the item collection a write changed: the items of one partition key value in a table with local
 * secondary indexes (with their index entries), which DynamoDB limits to 10 GB.
 *
 * @param itemCollectionKey the partition key attribute and its value
 * @param sizeEstimateRangeGigabytes a lower and an upper bound of the collection's size, in gigabytes
 */
public record ItemCollectionMetrics(
        Map<String, AttributeValue> itemCollectionKey, List<Double> sizeEstimateRangeGigabytes) {
    public ItemCollectionMetrics {
        itemCollectionKey = Immutables.orderedMap(
                Objects.requireNonNull(itemCollectionKey, "itemCollectionKey"), "itemCollectionKey");
        sizeEstimateRangeGigabytes = List.copyOf(sizeEstimateRangeGigabytes);
    }
}
