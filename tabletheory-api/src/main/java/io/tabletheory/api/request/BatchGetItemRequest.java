package io.tabletheory.api.request;

import io.tabletheory.api.internal.Immutables;
import java.util.Map;

/**
 * A BatchGetItem request: read up to 100 items (16 MB) from one or more tables. Items DynamoDB did not get to come
 * back as {@link BatchGetItemResult#unprocessedKeys()}, to be retried by the caller.
 *
 * @param requestItems the keys to read, per table name
 * @param returnConsumedCapacity whether to report consumed capacity
 */
public record BatchGetItemRequest(
        Map<String, KeysAndAttributes> requestItems, ReturnConsumedCapacity returnConsumedCapacity) {
    public BatchGetItemRequest {
        requestItems = Immutables.orderedMap(requestItems, "requestItems");
        returnConsumedCapacity = RequestDefaults.noneIfNull(returnConsumedCapacity);
    }
}
