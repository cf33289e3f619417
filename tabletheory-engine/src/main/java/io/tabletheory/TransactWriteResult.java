package io.tabletheory;

/**
 * The instances a {@link TableTheory#transactWrite} wrote, with the values TableTheory set: for a create or put,
 * version 0 and both timestamps; for an update of fields, the instance with its version raised by 1 and its new
 * {@code @UpdatedAt} (its other fields as the instance holds them). For a mutable bean, the same values are also set
 * on the object passed in.
 */
public interface TransactWriteResult {
    /**
     * The instance {@code item} (the object passed to {@code create}, {@code put} or {@code update}) as written.
     *
     * @throws IllegalArgumentException when {@code item} was not passed to one of those actions of the transaction
     */
    <T> T written(T item);

    /** The ClientRequestToken the transaction was sent with. */
    String idempotencyToken();
}
