package io.tabletheory.api.request;

import io.tabletheory.api.internal.Immutables;
import io.tabletheory.api.value.AttributeValue;
import java.util.List;
import java.util.Map;

/**
 * The result of a BatchGetItem.
 *
 * @param responses the items found, per table name, in no particular order; missing keys are simply absent
 * @param unprocessedKeys the keys not read this time, per table; retry them (with backoff) until empty
 * @param consumedCapacity one report per table, when the request asked for it
 */
public record BatchGetItemResult(
        Map<String, List<Map<String, AttributeValue>>> responses,
        Map<String, KeysAndAttributes> unprocessedKeys,
        List<ConsumedCapacity> consumedCapacity) {
    public BatchGetItemResult {
        responses = Immutables.orderedMapOfLists(responses, "responses");
        unprocessedKeys = Immutables.orderedMap(unprocessedKeys, "unprocessedKeys");
        consumedCapacity = consumedCapacity == null ? List.of() : List.copyOf(consumedCapacity);
    }
}
