package io.tabletheory.api.table;

/** The role of a key attribute: partition key ({@code HASH}) or sort key ({@code RANGE}). */
public enum KeyType {
    /** The partition key. */
    HASH,
    /** The sort key. */
    RANGE
}
