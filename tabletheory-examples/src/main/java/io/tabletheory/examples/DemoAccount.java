package io.tabletheory.examples;

import io.tabletheory.annotation.CreatedAt;
import io.tabletheory.annotation.PartitionKey;
import io.tabletheory.annotation.Table;
import io.tabletheory.annotation.UpdatedAt;
import io.tabletheory.annotation.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** The demo's bank account: a balance under optimistic locking. */
@Table("tabletheory-demo-accounts")
public record DemoAccount(
        @PartitionKey String id,
        String owner,
        BigDecimal balance,
        @Version long version,
        @CreatedAt Instant createdAt,
        @UpdatedAt Instant updatedAt) {

    /** A new account. */
    public static DemoAccount open(String id, String owner, long balance) {
        return new DemoAccount(id, owner, BigDecimal.valueOf(balance), 0, null, null);
    }

    /** The key of an account, standing for it in key-only actions and reads. */
    public static DemoAccount key(String id) {
        return new DemoAccount(id, null, null, 0, null, null);
    }

    /** This account with another balance, keeping the version so that an update checks it. */
    public DemoAccount withBalance(BigDecimal newBalance) {
        return new DemoAccount(id, owner, newBalance, version, createdAt, updatedAt);
    }
}
