package io.tabletheory;

/**
 * The reads of one {@link TableTheory#transactGet} call: items of any models, read as one consistent snapshot, in
 * the order added. Not thread-safe; used only inside the callback.
 *
 * <p>Limits (DynamoDB's): 1 to 100 reads, at most one per item, 4 MB of items in all.
 */
public interface TransactGet {
    /**
     * Reads the item with this instance's key (its other fields are ignored).
     *
     * @throws io.tabletheory.api.error.ModelException when its class is not a valid model
     * @throws IllegalArgumentException when a key field is null
     */
    TransactGet get(Object key);
}
