package io.tabletheory.docs;

import io.tabletheory.annotation.LocalIndexSortKey;
import io.tabletheory.annotation.PartitionKey;
import io.tabletheory.annotation.SortKey;
import io.tabletheory.annotation.Table;
import java.math.BigDecimal;

/**
 * The README's orders: a customer's orders by id, and by the day they were placed through a local secondary index
 * ("Query", "Pages and cursors", "Streams").
 */
@Table("orders")
public record Order(
        @PartitionKey String customerId,
        @SortKey String orderId,
        @LocalIndexSortKey("placedOn-index") String placedOn,
        String status,
        BigDecimal total) {}
