package io.tabletheory.api.request;

import io.tabletheory.api.internal.Immutables;
import java.util.List;
import java.util.Map;

/**
 * A BatchWriteItem request: up to 25 puts and deletes across tables, each applied on its own (not a transaction).
 * Writes DynamoDB did not get to come back as {@link BatchWriteItemResult#unprocessedItems()}.
 *
 * @param requestItems the writes, per table name
 * @param returnConsumedCapacity whether to report consumed capacity
 */
public record BatchWriteItemRequest(
        Map<String, List<WriteRequest>> requestItems, ReturnConsumedCapacity returnConsumedCapacity) {
    public BatchWriteItemRequest {
        requestItems = Immutables.orderedMapOfLists(requestItems, "requestItems");
        returnConsumedCapacity = RequestDefaults.noneIfNull(returnConsumedCapacity);
    }
}
