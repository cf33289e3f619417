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
 * @param returnItemCollectionMetrics whether to report the size of each item collection written (tables with local
 *     secondary indexes only)
 */
public record BatchWriteItemRequest(
        Map<String, List<WriteRequest>> requestItems,
        ReturnConsumedCapacity returnConsumedCapacity,
        ReturnItemCollectionMetrics returnItemCollectionMetrics) {
    /** A request without item collection metrics. */
    public BatchWriteItemRequest(
            Map<String, List<WriteRequest>> requestItems, ReturnConsumedCapacity returnConsumedCapacity) {
        this(requestItems, returnConsumedCapacity, ReturnItemCollectionMetrics.NONE);
    }

    public BatchWriteItemRequest {
        requestItems = Immutables.orderedMapOfLists(requestItems, "requestItems");
        returnConsumedCapacity = RequestDefaults.noneIfNull(returnConsumedCapacity);
        returnItemCollectionMetrics = RequestDefaults.noneIfNull(returnItemCollectionMetrics);
    }
}
