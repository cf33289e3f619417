package io.tabletheory.inmemory.internal.table;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.item.ValueOrder;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * The key of a stored item: its partition key value and, for tables with a sort key, its sort key value. Keys are
 * ordered by partition key, then sort key, in DynamoDB's value order, which is the order the table's sorted storage
 * keeps (and Query will walk).
 *
 * @param partition the partition key value (S, N or B)
 * @param sort the sort key value, present exactly when the table has a sort key
 */
public record PrimaryKey(AttributeValue partition, Optional<AttributeValue> sort) {
    /** Partition key, then sort key, each in DynamoDB's order. */
    public static final Comparator<PrimaryKey> ORDER = (left, right) -> {
        int partitions = ValueOrder.compare(left.partition, right.partition);
        if (partitions != 0) {
            return partitions;
        }
        if (left.sort.isEmpty() || right.sort.isEmpty()) {
            return Boolean.compare(left.sort.isPresent(), right.sort.isPresent());
        }
        return ValueOrder.compare(left.sort.get(), right.sort.get());
    };

    public PrimaryKey {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(sort, "sort");
    }
}
