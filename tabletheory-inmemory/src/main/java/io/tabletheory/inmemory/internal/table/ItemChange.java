package io.tabletheory.inmemory.internal.table;

import io.tabletheory.api.value.AttributeValue;
import java.util.Map;
import java.util.Optional;

/**
 * A single-item write run by {@link Table#write} while it holds the table's write lock: given the item stored
 * under the key (empty when none), it returns the item to store (empty to delete), or throws to change nothing
 * (for example a failed condition).
 */
@FunctionalInterface
public interface ItemChange {
    /** The new state of the item, computed from the current one. */
    Optional<Map<String, AttributeValue>> apply(Optional<Map<String, AttributeValue>> current);
}
