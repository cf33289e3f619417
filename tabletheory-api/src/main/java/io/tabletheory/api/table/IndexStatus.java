package io.tabletheory.api.table;

/** The lifecycle state of a global secondary index. */
public enum IndexStatus {
    /** Being created (and backfilled from the table's items); not queryable yet. */
    CREATING,
    /** Its throughput is being changed; usable. */
    UPDATING,
    /** Being deleted; no longer usable. */
    DELETING,
    /** Usable. */
    ACTIVE
}
