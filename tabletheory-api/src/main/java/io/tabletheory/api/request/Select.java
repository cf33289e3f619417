package io.tabletheory.api.request;

/** What a Query or Scan returns ({@code Select}). */
public enum Select {
    /** Every attribute of each item (on an index, fetched from the table when not projected). */
    ALL_ATTRIBUTES,
    /** The attributes projected into the index. */
    ALL_PROJECTED_ATTRIBUTES,
    /** The attributes named by the projection expression. */
    SPECIFIC_ATTRIBUTES,
    /** No items, only the count of matching items. */
    COUNT
}
