package io.tabletheory.inmemory.internal.expr.eval;

import io.tabletheory.api.value.AttributeValue;
import java.util.Objects;
import java.util.Optional;

/**
 * A Query's key condition after {@code KeyConditionChecker} matched it to the key of the table or index read: the
 * partition key value to read, and the optional condition on the sort key.
 *
 * @param partition the partition key value (of the key's declared type)
 * @param sort the condition on the sort key, when there is one
 */
public record KeyCondition(AttributeValue partition, Optional<SortKeyCondition> sort) {
    public KeyCondition {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(sort, "sort");
    }
}
