package io.tabletheory.api.request;

import java.util.List;

/**
 * The result of a successful TransactWriteItems: every action was applied.
 *
 * @param consumedCapacity one report per table, when the request asked for it
 */
public record TransactWriteItemsResult(List<ConsumedCapacity> consumedCapacity) {
    public TransactWriteItemsResult {
        consumedCapacity = consumedCapacity == null ? List.of() : List.copyOf(consumedCapacity);
    }
}
