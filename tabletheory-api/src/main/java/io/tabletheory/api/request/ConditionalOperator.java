package io.tabletheory.api.request;

/**
 * How the conditions of a classic {@code Expected}, {@code QueryFilter} or {@code ScanFilter} map combine
 * ({@code ConditionalOperator}); {@code AND} when absent. Giving it without such a map is a {@code
 * ValidationException}.
 */
public enum ConditionalOperator {
    /** Every condition must hold. */
    AND,
    /** At least one condition must hold. */
    OR
}
