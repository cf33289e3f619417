package io.tabletheory.api.request;

/** Whether a write whose condition fails returns the stored item in the error. */
public enum ReturnValuesOnConditionCheckFailure {
    /** Nothing (the default). */
    NONE,
    /** The whole stored item, in {@link io.tabletheory.api.request.ConditionFailedException#item()}. */
    ALL_OLD
}
