package io.tabletheory.api.table;

import java.util.Objects;

/**
 * Turns time to live on or off for a table. With TTL on, DynamoDB deletes an item some time after the epoch second
 * held in {@code attributeName} (an N) has passed.
 *
 * @param attributeName the attribute holding the expiry, in epoch seconds
 * @param enabled true to turn TTL on, false to turn it off
 */
public record TimeToLiveSpecification(String attributeName, boolean enabled) {
    public TimeToLiveSpecification {
        Objects.requireNonNull(attributeName, "attributeName");
    }
}
