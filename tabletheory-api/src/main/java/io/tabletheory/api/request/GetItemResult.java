package io.tabletheory.api.request;

import io.tabletheory.api.internal.Immutables;
import io.tabletheory.api.value.AttributeValue;
import java.util.Map;
import java.util.Optional;

/**
 * The result of a GetItem.
 *
 * @param item the item, or empty when no item has the key (a present item may itself be empty when the projection
 *     named no attribute it has)
 * @param consumedCapacity the capacity consumed, when the request asked for it
 */
public record GetItemResult(Optional<Map<String, AttributeValue>> item, Optional<ConsumedCapacity> consumedCapacity) {
    public GetItemResult {
        item = item == null ? Optional.empty() : item.map(found -> Immutables.orderedMap(found, "item"));
        consumedCapacity = RequestDefaults.absentIfNull(consumedCapacity);
    }
}
