package io.tabletheory.docs;

import io.tabletheory.annotation.PartitionKey;
import io.tabletheory.annotation.Table;
import java.math.BigDecimal;

/** The README's audit record of a transfer ("Transactions"), written in the same transaction as the balances. */
@Table("transfers")
public record Transfer(@PartitionKey String id, String from, String to, BigDecimal amount) {}
