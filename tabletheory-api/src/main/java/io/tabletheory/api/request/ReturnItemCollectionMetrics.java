package io.tabletheory.api.request;

/**
 * Whether a write returns the size of the item collection it changed ({@link ItemCollectionMetrics}). DynamoDB
 * reports it only for tables with local secondary indexes; for other tables {@code SIZE} returns nothing.
 */
public enum ReturnItemCollectionMetrics {
    /** Nothing (the default). */
    NONE,
    /** The item collection's key and estimated size. */
    SIZE
}
