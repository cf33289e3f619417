package io.tabletheory.api.request;

import java.util.List;
import java.util.Optional;

/**
 * A TransactWriteItems request: up to 100 actions applied all together or not at all.
 *
 * @param transactItems the actions, in order; the cancellation reasons follow this order
 * @param clientRequestToken makes the request idempotent for ten minutes: a retry with the same token and the same
 *     actions succeeds without applying them twice
 * @param returnConsumedCapacity whether to report consumed capacity
 * @param returnItemCollectionMetrics whether to report the size of each item collection written (tables with local
 *     secondary indexes only)
 */
public record TransactWriteItemsRequest(
        List<TransactWriteItem> transactItems,
        Optional<String> clientRequestToken,
        ReturnConsumedCapacity returnConsumedCapacity,
        ReturnItemCollectionMetrics returnItemCollectionMetrics) {
    /** A request without item collection metrics. */
    public TransactWriteItemsRequest(
            List<TransactWriteItem> transactItems,
            Optional<String> clientRequestToken,
            ReturnConsumedCapacity returnConsumedCapacity) {
        this(transactItems, clientRequestToken, returnConsumedCapacity, ReturnItemCollectionMetrics.NONE);
    }

    public TransactWriteItemsRequest {
        transactItems = List.copyOf(transactItems);
        clientRequestToken = RequestDefaults.absentIfNull(clientRequestToken);
        returnConsumedCapacity = RequestDefaults.noneIfNull(returnConsumedCapacity);
        returnItemCollectionMetrics = RequestDefaults.noneIfNull(returnItemCollectionMetrics);
    }

    /** A transaction of these actions, without a token or capacity report. */
    public static TransactWriteItemsRequest of(List<TransactWriteItem> transactItems) {
        return new TransactWriteItemsRequest(transactItems, Optional.empty(), ReturnConsumedCapacity.NONE);
    }
}
