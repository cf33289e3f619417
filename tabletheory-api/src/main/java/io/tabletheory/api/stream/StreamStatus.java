package io.tabletheory.api.stream;

/** The state of a DynamoDB stream, as DescribeStream reports it. */
public enum StreamStatus {
    /** Being enabled; not yet readable. */
    ENABLING,
    /** Recording the table's changes. */
    ENABLED,
    /** Being disabled. */
    DISABLING,
    /** No longer recording; its records stay readable until they are 24 hours old. */
    DISABLED
}
