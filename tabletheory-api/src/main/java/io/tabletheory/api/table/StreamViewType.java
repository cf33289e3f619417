package io.tabletheory.api.table;

/** What a table's stream records hold about a changed item. */
public enum StreamViewType {
    /** Only the key attributes of the changed item. */
    KEYS_ONLY,
    /** The item as it is after the change. */
    NEW_IMAGE,
    /** The item as it was before the change. */
    OLD_IMAGE,
    /** The item before and after the change. */
    NEW_AND_OLD_IMAGES
}
