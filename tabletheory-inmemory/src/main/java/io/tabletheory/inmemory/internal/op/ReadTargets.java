package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.inmemory.internal.check.Constraints;
import io.tabletheory.inmemory.internal.table.ReadTarget;
import io.tabletheory.inmemory.internal.table.Table;
import io.tabletheory.inmemory.internal.table.TableNames;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The request-model constraints Query and Scan share (TableName, IndexName, Limit), and the choice of what they
 * read once the table is found: the table itself, or the named index, refusing a missing index, an index still being
 * created, and a consistent read of a global index with DynamoDB's messages.
 */
final class ReadTargets {
    private ReadTargets() {}

    /**
     * Records the TableName, IndexName and Limit constraint violations. A Query's Limit violation names the member
     * as {@code Limit}, without its value ({@code Value at 'Limit' ...}); a Scan's as {@code Value '0' at 'limit'},
     * as DynamoDB reports them.
     */
    static Constraints constraints(String tableName, Optional<String> indexName, OptionalInt limit, boolean query) {
        Constraints constraints = new Constraints();
        TableNames.checkItemTable(constraints, tableName, "tableName");
        indexName.ifPresent(name -> TableNames.check(constraints, name, "indexName"));
        if (limit.isPresent()) {
            String constraint = "Member must have value greater than or equal to 1";
            if (query) {
                constraints.checkMember(limit.getAsInt() >= 1, "Limit", constraint);
            } else {
                constraints.check(limit.getAsInt() >= 1, limit.getAsInt(), "limit", constraint);
            }
        }
        return constraints;
    }

    /**
     * The table or index a read addresses.
     *
     * @throws ValidationException for a missing index or a consistent read of a global index
     */
    static ReadTarget resolve(Table table, Optional<String> indexName, boolean consistentRead) {
        if (indexName.isEmpty()) {
            return table.read();
        }
        ReadTarget target = table.readIndex(indexName.get())
                .orElseThrow(() ->
                        new ValidationException("The table does not have the specified index: " + indexName.get()));
        if (table.isBackfilling(indexName.get())) {
            throw new ValidationException("Cannot read from backfilling global secondary index: " + indexName.get());
        }
        if (consistentRead && target.index().orElseThrow().global()) {
            throw new ValidationException("Consistent reads are not supported on global secondary indexes");
        }
        return target;
    }
}
