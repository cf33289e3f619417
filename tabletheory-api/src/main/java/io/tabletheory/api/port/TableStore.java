package io.tabletheory.api.port;

import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.ListTablesRequest;
import io.tabletheory.api.table.ListTablesResult;
import io.tabletheory.api.table.TableDescription;
import io.tabletheory.api.table.TimeToLiveDescription;
import io.tabletheory.api.table.TimeToLiveSpecification;

/**
 * DynamoDB's control plane for tables: create, describe, list and delete tables, and set time to live.
 *
 * <p>{@code createTable} of an existing table throws {@link io.tabletheory.api.error.ResourceInUseException};
 * operations on a missing table throw {@link io.tabletheory.api.error.ResourceNotFoundException}; an invalid
 * definition throws {@link io.tabletheory.api.error.ValidationException}. Implementations are thread-safe.
 */
public interface TableStore {
    /**
     * Creates a table. On DynamoDB the table starts {@code CREATING}; this method returns once the backend has
     * accepted it. Use {@link #describeTable} to see when it is {@code ACTIVE}.
     */
    TableDescription createTable(CreateTableRequest request);

    /** Describes a table: keys, indexes, status and item count. */
    TableDescription describeTable(String tableName);

    /** Deletes a table and all its items, returning its last description. */
    TableDescription deleteTable(String tableName);

    /** Lists table names, one page at a time. */
    ListTablesResult listTables(ListTablesRequest request);

    /** Turns time to live on or off for a table, returning the specification applied. */
    TimeToLiveSpecification updateTimeToLive(String tableName, TimeToLiveSpecification specification);

    /** Describes a table's time-to-live setting. */
    TimeToLiveDescription describeTimeToLive(String tableName);
}
