package io.tabletheory;

/**
 * Told how far a large batch has come: after every BatchGetItem or BatchWriteItem request (retries included), the
 * number of keys read or writes applied so far, and the total of the call. Called on the caller's thread, between
 * requests. Set with {@link Model#withBatchProgress} or {@link BatchWrite#withProgress}.
 *
 * <pre>{@code
 * users.withBatchProgress((done, total) -> log.info("{}/{} users imported", done, total)).batchCreate(users);
 * }</pre>
 *
 * <p>An exception it throws stops the batch with a {@link io.tabletheory.api.error.BatchIncompleteException} that
 * hands back what was not yet done, with the exception as its cause.
 */
@FunctionalInterface
public interface BatchProgress {
    /**
     * Reports progress.
     *
     * @param done keys read or writes applied so far (missing items count as read)
     * @param total keys or writes in the call
     */
    void progressed(int done, int total);

    /** Reports nothing; the default. */
    static BatchProgress none() {
        return (done, total) -> {};
    }
}
