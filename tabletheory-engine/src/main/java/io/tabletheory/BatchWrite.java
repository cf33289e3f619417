package io.tabletheory;

/**
 * The writes of one {@link TableTheory#batchWrite} call, across models and tables: whole-item puts and deletes by
 * key, sent as BatchWriteItem requests of up to 25 writes each (in the order added), retried as {@link RetryPolicy}
 * says. Puts get version 0 and both timestamps as {@link Model#create} does; deletes do not check versions.
 * A batch write cannot carry a condition: use {@link Model#create} with {@link Model#ifNotExists()}, or a
 * transaction, when one is needed. Not thread-safe; used only inside the callback.
 *
 * <pre>{@code
 * db.batchWrite(batch -> batch.put(order).put(invoice).delete(staleCartItem));
 * }</pre>
 */
public interface BatchWrite {
    /**
     * Puts this model instance, replacing any item with its key.
     *
     * @throws io.tabletheory.api.error.ModelException when its class is not a valid model
     * @throws IllegalArgumentException when a key field is null
     */
    BatchWrite put(Object item);

    /**
     * Deletes the item with this instance's key (its other fields are ignored); deleting a missing item succeeds.
     *
     * @throws io.tabletheory.api.error.ModelException when its class is not a valid model
     * @throws IllegalArgumentException when a key field is null
     */
    BatchWrite delete(Object key);

    /**
     * Reports the progress of this batch after every request (written so far, total); nothing is reported by
     * default.
     */
    BatchWrite withProgress(BatchProgress progress);
}
