package io.tabletheory.api.table;

/** Which attributes a secondary index copies from the table. */
public enum ProjectionType {
    /** Every attribute. */
    ALL,
    /** Only the table's and the index's key attributes. */
    KEYS_ONLY,
    /** The key attributes plus the listed non-key attributes. */
    INCLUDE
}
