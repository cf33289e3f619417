package io.tabletheory.api.request;

import io.tabletheory.api.internal.Immutables;
import io.tabletheory.api.value.AttributeValue;
import java.util.Map;
import java.util.Optional;

/**
 * The result of a UpdateItem.
 *
 * @param attributes the attributes the request's {@code ReturnValues} asked for; empty when none were asked for or
 *     there were none
 * @param consumedCapacity the capacity consumed, when the request asked for it
 * @param itemCollectionMetrics the size of the item collection written, when the request asked for it and the
 *     table has local secondary indexes
 */
public record UpdateItemResult(
        Map<String, AttributeValue> attributes,
        Optional<ConsumedCapacity> consumedCapacity,
        Optional<ItemCollectionMetrics> itemCollectionMetrics) {
    /** A result without item collection metrics. */
    public UpdateItemResult(Map<String, AttributeValue> attributes, Optional<ConsumedCapacity> consumedCapacity) {
        this(attributes, consumedCapacity, Optional.empty());
    }

    public UpdateItemResult {
        attributes = Immutables.orderedMap(attributes, "attributes");
        consumedCapacity = RequestDefaults.absentIfNull(consumedCapacity);
        itemCollectionMetrics = itemCollectionMetrics == null ? Optional.empty() : itemCollectionMetrics;
    }
}
