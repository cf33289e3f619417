package io.tabletheory.examples;

import io.tabletheory.annotation.CreatedAt;
import io.tabletheory.annotation.PartitionKey;
import io.tabletheory.annotation.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** The demo's audit record of a transfer, written in the same transaction as the balances. */
@Table("tabletheory-demo-transfers")
public record DemoTransfer(@PartitionKey String id, String from, String to, BigDecimal amount, @CreatedAt Instant at) {}
