package io.tabletheory.inmemory;

/**
 * A subscription to a table's stream records, from {@link InMemoryDynamoStore#subscribe}; closing it stops the
 * deliveries (a delivery under way on another thread may still complete). Closing twice does nothing.
 */
public interface StreamSubscription extends AutoCloseable {
    /** Stops delivering records to the subscriber. Never throws. */
    @Override
    void close();
}
