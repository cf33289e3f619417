package io.tabletheory.testkit.contract.models;

import io.tabletheory.annotation.CreatedAt;
import io.tabletheory.annotation.PartitionKey;
import io.tabletheory.annotation.Table;
import io.tabletheory.annotation.UpdatedAt;
import io.tabletheory.annotation.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** The contract's bank account: a balance under optimistic locking, for transactions. */
@Table("tt-contract-accounts")
public record Account(
        @PartitionKey String id,
        BigDecimal balance,
        @Version long version,
        @CreatedAt Instant createdAt,
        @UpdatedAt Instant updatedAt) {

    /** A new account with this balance. */
    public static Account open(String id, long balance) {
        return new Account(id, BigDecimal.valueOf(balance), 0, null, null);
    }

    /** The key of an account, standing for it in reads and key-only actions. */
    public static Account key(String id) {
        return new Account(id, null, 0, null, null);
    }

    /** This account with another balance (the version kept, so an update checks it). */
    public Account withBalance(BigDecimal newBalance) {
        return new Account(id, newBalance, version, createdAt, updatedAt);
    }
}
