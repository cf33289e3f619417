package io.tabletheory.api.table;

/** The lifecycle state of a table. */
public enum TableStatus {
    /** Being created; not usable yet. */
    CREATING,
    /** Usable. */
    ACTIVE,
    /** Being changed; usable. */
    UPDATING,
    /** Being deleted. */
    DELETING
}
