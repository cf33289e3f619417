package io.tabletheory.api.request;

import io.tabletheory.api.internal.Immutables;
import io.tabletheory.api.value.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of a TransactGetItems.
 *
 * @param responses one entry per read, in request order: the item, or empty when no item has that key
 * @param consumedCapacity one report per table, when the request asked for it
 */
public record TransactGetItemsResult(
        List<Optional<Map<String, AttributeValue>>> responses, List<ConsumedCapacity> consumedCapacity) {
    public TransactGetItemsResult {
        responses = responses.stream()
                .map(item -> item.map(found -> Immutables.orderedMap(found, "item")))
                .toList();
        consumedCapacity = consumedCapacity == null ? List.of() : List.copyOf(consumedCapacity);
    }
}
