package io.tabletheory.api.table;

import java.util.Objects;
import java.util.Optional;

/**
 * A table's time-to-live setting.
 *
 * @param status whether TTL is on
 * @param attributeName the expiry attribute, when TTL is on or being changed
 */
public record TimeToLiveDescription(TimeToLiveStatus status, Optional<String> attributeName) {
    public TimeToLiveDescription {
        Objects.requireNonNull(status, "status");
        attributeName = attributeName == null ? Optional.empty() : attributeName;
    }
}
