package io.tabletheory.testkit.contract.models;

import io.tabletheory.annotation.Attribute;
import io.tabletheory.annotation.CreatedAt;
import io.tabletheory.annotation.PartitionKey;
import io.tabletheory.annotation.Table;
import io.tabletheory.annotation.UpdatedAt;
import io.tabletheory.annotation.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** The contract's JavaBean model, with a renamed key attribute and a boxed version. */
@Table("tt-contract-wallets")
public class Wallet {
    @PartitionKey
    @Attribute("PK")
    private String owner;

    private BigDecimal balance;

    @Version
    private Integer version;

    @CreatedAt
    private Instant createdAt;

    @UpdatedAt
    private Instant updatedAt;

    /** For the mapper. */
    public Wallet() {}

    /** A wallet with an owner and balance. */
    public Wallet(String owner, BigDecimal balance) {
        this.owner = owner;
        this.balance = balance;
    }

    public String getOwner() {
        return owner;
    }

    public BigDecimal getBalance() {
        return balance;
    }

    public Integer getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
