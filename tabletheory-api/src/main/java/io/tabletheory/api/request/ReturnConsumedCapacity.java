package io.tabletheory.api.request;

/** Whether a request reports the capacity it consumed. */
public enum ReturnConsumedCapacity {
    /** No report (the default). */
    NONE,
    /** The total for the request, per table. */
    TOTAL,
    /** The total plus a breakdown for the table and each index touched. */
    INDEXES
}
