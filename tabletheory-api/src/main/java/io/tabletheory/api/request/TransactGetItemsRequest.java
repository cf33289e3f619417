package io.tabletheory.api.request;

import java.util.List;

/**
 * A TransactGetItems request: up to 100 reads that see one consistent snapshot.
 *
 * @param transactItems the reads, in order; the responses follow this order
 * @param returnConsumedCapacity whether to report consumed capacity
 */
public record TransactGetItemsRequest(
        List<TransactGetItem> transactItems, ReturnConsumedCapacity returnConsumedCapacity) {
    public TransactGetItemsRequest {
        transactItems = List.copyOf(transactItems);
        returnConsumedCapacity = RequestDefaults.noneIfNull(returnConsumedCapacity);
    }
}
