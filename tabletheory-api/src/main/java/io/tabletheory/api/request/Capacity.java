package io.tabletheory.api.request;

/**
 * Capacity units consumed on one table or index.
 *
 * @param capacityUnits read plus write units
 * @param readCapacityUnits read units
 * @param writeCapacityUnits write units
 */
public record Capacity(double capacityUnits, double readCapacityUnits, double writeCapacityUnits) {}
