package io.tabletheory.api.request;

import io.tabletheory.api.internal.Immutables;
import io.tabletheory.api.value.AttributeValue;
import java.util.Map;
import java.util.Optional;

/**
 * The result of a DeleteItem.
 *
 * @param attributes the attributes the request's {@code ReturnValues} asked for; empty when none were asked for or
 *     there were none
 * @param consumedCapacity the capacity consumed, when the request asked for it
 */
public record DeleteItemResult(Map<String, AttributeValue> attributes, Optional<ConsumedCapacity> consumedCapacity) {
    public DeleteItemResult {
        attributes = Immutables.orderedMap(attributes, "attributes");
        consumedCapacity = RequestDefaults.absentIfNull(consumedCapacity);
    }
}
