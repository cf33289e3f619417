package io.tabletheory.engine.internal.transact;

import io.tabletheory.TransactGetResult;
import io.tabletheory.api.port.TransactionStore;
import io.tabletheory.api.request.ReturnConsumedCapacity;
import io.tabletheory.api.request.TransactGetItem;
import io.tabletheory.api.request.TransactGetItemsRequest;
import io.tabletheory.api.request.TransactGetItemsResult;
import io.tabletheory.engine.internal.call.MissingTables;
import io.tabletheory.engine.internal.mapping.SchemaFactory;
import io.tabletheory.engine.internal.retry.Backoff;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sends the reads of a {@link DefaultTransactGet} as one TransactGetItems (checked first by {@link TransactItems},
 * retried while cancelled only for transient reasons) and reads each item back with its model.
 */
public final class TransactionReader {
    private final TransactionStore store;
    private final SchemaFactory schemas;
    private final TransactionRetries retries;

    /** Reads from {@code store}, waiting between attempts as {@code backoff} says. */
    public TransactionReader(TransactionStore store, SchemaFactory schemas, Backoff backoff) {
        this.store = store;
        this.schemas = schemas;
        this.retries = new TransactionRetries(backoff);
    }

    /** The items, in the order of the reads. */
    public TransactGetResult read(DefaultTransactGet transaction) {
        List<TransactRead> reads = transaction.reads();
        TransactItems.requireValid(
                "transactGet", "read", reads.stream().map(TransactRead::target).toList());
        TransactGetItemsRequest request = new TransactGetItemsRequest(
                reads.stream()
                        .map(read -> TransactGetItem.of(
                                read.target().tableName(), read.target().key()))
                        .toList(),
                ReturnConsumedCapacity.NONE);
        TransactGetItemsResult result = MissingTables.named(
                reads.stream().map(read -> read.target().tableName()).toList(),
                () -> retries.run(() -> store.transactGetItems(request)));
        List<Optional<Object>> items = new ArrayList<>();
        for (int index = 0; index < reads.size(); index++) {
            TransactRead read = reads.get(index);
            items.add(result.responses()
                    .get(index)
                    .<Object>map(item -> read.schema().mapping().read(item)));
        }
        return new DefaultTransactGetResult(schemas, reads, items);
    }
}
