package io.tabletheory.api.table;

/**
 * Provisioned capacity of a table or global index, for {@link BillingMode#PROVISIONED}.
 *
 * @param readCapacityUnits read units per second, at least 1
 * @param writeCapacityUnits write units per second, at least 1
 */
public record ProvisionedThroughput(long readCapacityUnits, long writeCapacityUnits) {}
