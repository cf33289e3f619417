package io.tabletheory.api.port;

import io.tabletheory.api.table.CreateTableRequest;
import io.tabletheory.api.table.ListTablesRequest;
import io.tabletheory.api.table.ListTablesResult;
import io.tabletheory.api.table.TableDescription;
import io.tabletheory.api.table.Tag;
import io.tabletheory.api.table.TimeToLiveDescription;
import io.tabletheory.api.table.TimeToLiveSpecification;
import io.tabletheory.api.table.UpdateTableRequest;
import java.util.List;

/**
 * DynamoDB's control plane for tables: create, describe, list, update and delete tables, set time to live, and tag
 * tables.
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

    /**
     * Changes a table: billing mode, provisioned throughput, global secondary indexes, stream. On DynamoDB the table
     * (or a new index) is {@code UPDATING} (or {@code CREATING}) for a while; use {@link #describeTable} to see when
     * it is {@code ACTIVE} again. A new global index is filled from the table's existing items before it becomes
     * {@code ACTIVE}.
     *
     * @return the table's description as the change begins
     * @throws io.tabletheory.api.error.ValidationException for a change DynamoDB refuses (see {@link
     *     UpdateTableRequest})
     * @throws io.tabletheory.api.error.ResourceNotFoundException for a missing table or index
     * @throws UnsupportedOperationException when the backend does not implement it
     */
    default TableDescription updateTable(UpdateTableRequest request) {
        throw new UnsupportedOperationException("UpdateTable is not supported by " + this);
    }

    /**
     * Adds tags to a table, replacing the values of keys it already has.
     *
     * @param resourceArn the table's ARN, as {@link TableDescription#tableArn} reports it
     * @throws io.tabletheory.api.error.ValidationException for a malformed ARN or a tag breaking DynamoDB's limits
     * @throws io.tabletheory.api.error.ResourceNotFoundException when the ARN names no table
     * @throws UnsupportedOperationException when the backend does not implement it
     */
    default void tagResource(String resourceArn, List<Tag> tags) {
        throw new UnsupportedOperationException("TagResource is not supported by " + this);
    }

    /**
     * Removes tags from a table by key; keys it does not have are ignored.
     *
     * @throws io.tabletheory.api.error.ValidationException for a malformed ARN or an empty list of keys
     * @throws io.tabletheory.api.error.ResourceNotFoundException when the ARN names no table
     * @throws UnsupportedOperationException when the backend does not implement it
     */
    default void untagResource(String resourceArn, List<String> tagKeys) {
        throw new UnsupportedOperationException("UntagResource is not supported by " + this);
    }

    /**
     * A table's tags (at most 50, so always one page), in the order they were first added.
     *
     * @throws io.tabletheory.api.error.ValidationException for a malformed ARN
     * @throws io.tabletheory.api.error.ResourceNotFoundException when the ARN names no table of this account
     * @throws io.tabletheory.api.error.BackendException with code {@code AccessDeniedException} when the ARN names
     *     another account, as DynamoDB answers
     * @throws UnsupportedOperationException when the backend does not implement it
     */
    default List<Tag> listTagsOfResource(String resourceArn) {
        throw new UnsupportedOperationException("ListTagsOfResource is not supported by " + this);
    }
}
