package io.tabletheory.bench.clientpath;

import io.tabletheory.annotation.PartitionKey;
import io.tabletheory.annotation.SortKey;
import io.tabletheory.annotation.Table;
import java.time.Instant;
import java.util.Set;

/**
 * The client path's 12-attribute model as a TableTheory record: two string keys, three strings, an int, a long, a
 * double, a boolean, a string set and two timestamps. The raw SDK contender maps the same record by hand.
 */
@Table(Customers.TABLE)
public record Customer(
        @PartitionKey String pk,
        @SortKey String sk,
        String name,
        String email,
        String status,
        int visits,
        long balance,
        double score,
        boolean verified,
        Set<String> tags,
        Instant createdAt,
        Instant updatedAt) {}
