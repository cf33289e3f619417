package io.tabletheory.engine.internal.transact;

import io.tabletheory.TransactWriteResult;
import io.tabletheory.api.port.TransactionStore;
import io.tabletheory.api.request.ReturnConsumedCapacity;
import io.tabletheory.api.request.TransactWriteItemsRequest;
import io.tabletheory.api.request.TransactionCanceledException;
import io.tabletheory.engine.internal.call.MissingTables;
import io.tabletheory.engine.internal.retry.Backoff;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends the actions of a {@link DefaultTransactWrite} as one TransactWriteItems: checked first
 * ({@link TransactItems}), given one ClientRequestToken (the caller's, or a random UUID) for all attempts, retried
 * while cancelled only for transient reasons ({@link TransactionRetries}), and on cancellation reported by action
 * ({@link TransactionFailures}).
 */
public final class TransactionWriter {
    private final TransactionStore store;
    private final TransactionRetries retries;

    /** Sends to {@code store}, waiting between attempts as {@code backoff} says. */
    public TransactionWriter(TransactionStore store, Backoff backoff) {
        this.store = store;
        this.retries = new TransactionRetries(backoff);
    }

    /** Applies the transaction; returns the instances as written. */
    public TransactWriteResult write(DefaultTransactWrite transaction) {
        List<TransactAction> actions = transaction.actions();
        TransactItems.requireValid(
                "transactWrite",
                "action",
                actions.stream().map(TransactionFailures::target).toList());
        String token = transaction.token().orElseGet(() -> UUID.randomUUID().toString());
        TransactWriteItemsRequest request = new TransactWriteItemsRequest(
                actions.stream().map(action -> action.plan().transactItem()).toList(),
                Optional.of(token),
                ReturnConsumedCapacity.NONE);
        try {
            MissingTables.named(
                    actions.stream().map(action -> action.plan().tableName()).toList(),
                    () -> retries.run(() -> store.transactWriteItems(request)));
        } catch (TransactionCanceledException canceled) {
            throw TransactionFailures.of(actions, canceled);
        }
        return new DefaultTransactWriteResult(actions, token);
    }
}
