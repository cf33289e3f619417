package io.tabletheory.api.table;

/** How a table is billed. */
public enum BillingMode {
    /** On demand: no capacity to provision (the default for tables TableTheory creates). */
    PAY_PER_REQUEST,
    /** Provisioned read and write capacity. */
    PROVISIONED
}
