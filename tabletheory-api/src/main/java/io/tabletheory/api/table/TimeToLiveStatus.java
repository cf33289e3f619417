package io.tabletheory.api.table;

/** Whether time to live is on for a table. */
public enum TimeToLiveStatus {
    /** Being turned on. */
    ENABLING,
    /** Being turned off. */
    DISABLING,
    /** On. */
    ENABLED,
    /** Off. */
    DISABLED
}
