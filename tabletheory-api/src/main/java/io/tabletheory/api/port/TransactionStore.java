package io.tabletheory.api.port;

import io.tabletheory.api.request.TransactGetItemsRequest;
import io.tabletheory.api.request.TransactGetItemsResult;
import io.tabletheory.api.request.TransactWriteItemsRequest;
import io.tabletheory.api.request.TransactWriteItemsResult;

/**
 * DynamoDB's transactions: all-or-nothing writes and snapshot reads of up to 100 items across tables.
 *
 * <p>{@link #transactWriteItems} throws {@link io.tabletheory.api.request.TransactionCanceledException} with one
 * reason per action when any condition fails or the transaction conflicts with another; nothing is applied then.
 * Implementations are thread-safe.
 */
public interface TransactionStore {
    /** Applies every action, or none (TransactWriteItems). */
    TransactWriteItemsResult transactWriteItems(TransactWriteItemsRequest request);

    /** Reads every item from one consistent snapshot (TransactGetItems). */
    TransactGetItemsResult transactGetItems(TransactGetItemsRequest request);
}
