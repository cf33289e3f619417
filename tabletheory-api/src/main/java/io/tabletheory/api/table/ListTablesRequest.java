package io.tabletheory.api.table;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A ListTables request: one page of table names, in name order.
 *
 * @param exclusiveStartTableName start after this name (the previous page's last name); from the start by default
 * @param limit at most this many names, 1 to 100; 100 by default
 */
public record ListTablesRequest(Optional<String> exclusiveStartTableName, OptionalInt limit) {
    public ListTablesRequest {
        exclusiveStartTableName = exclusiveStartTableName == null ? Optional.empty() : exclusiveStartTableName;
        limit = limit == null ? OptionalInt.empty() : limit;
    }

    /** The first page, of up to 100 names. */
    public static ListTablesRequest firstPage() {
        return new ListTablesRequest(Optional.empty(), OptionalInt.empty());
    }
}
