package io.tabletheory.api.table;

import java.util.List;
import java.util.Optional;

/**
 * One page of table names.
 *
 * @param tableNames the names, in order
 * @param lastEvaluatedTableName where the next page starts; empty when this is the last page
 */
public record ListTablesResult(List<String> tableNames, Optional<String> lastEvaluatedTableName) {
    public ListTablesResult {
        tableNames = List.copyOf(tableNames);
        lastEvaluatedTableName = lastEvaluatedTableName == null ? Optional.empty() : lastEvaluatedTableName;
    }
}
