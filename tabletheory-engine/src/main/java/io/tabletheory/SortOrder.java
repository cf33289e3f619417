package io.tabletheory;

/** The sort-key order of a query's results. */
public enum SortOrder {
    /** Ascending (DynamoDB's default): numbers by value, strings and binary by their bytes. */
    ASC,
    /** Descending. */
    DESC
}
