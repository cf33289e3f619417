/**
 * Waiting between attempts: exponential backoff with full jitter ({@code Backoff}) as a {@code RetryPolicy} says,
 * shared by the batch runners (unprocessed keys and items) and the transaction runner (transient cancellations).
 */
package io.tabletheory.engine.internal.retry;
