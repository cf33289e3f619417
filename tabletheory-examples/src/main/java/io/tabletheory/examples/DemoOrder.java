package io.tabletheory.examples;

import io.tabletheory.annotation.PartitionKey;
import io.tabletheory.annotation.SortKey;
import io.tabletheory.annotation.Table;
import java.math.BigDecimal;

/** The demo's second model: a customer's orders, sorted by order id, for paging. */
@Table("tabletheory-demo-orders")
public record DemoOrder(@PartitionKey String customerId, @SortKey String orderId, BigDecimal total) {}
