package io.tabletheory.testkit.contract.models;

import io.tabletheory.annotation.CreatedAt;
import io.tabletheory.annotation.PartitionKey;
import io.tabletheory.annotation.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** The contract's audit record of a transfer between {@link Account}s, written in the same transaction. */
@Table("tt-contract-transfers")
public record Transfer(@PartitionKey String id, String from, String to, BigDecimal amount, @CreatedAt Instant at) {
    /** A transfer of {@code amount} from one account to another. */
    public static Transfer of(String id, String from, String to, long amount) {
        return new Transfer(id, from, to, BigDecimal.valueOf(amount), null);
    }
}
