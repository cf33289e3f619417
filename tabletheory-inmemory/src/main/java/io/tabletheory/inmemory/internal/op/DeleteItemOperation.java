package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.request.DeleteItemRequest;
import io.tabletheory.api.request.DeleteItemResult;
import io.tabletheory.api.request.ReturnValue;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.capacity.WriteCapacity;
import io.tabletheory.inmemory.internal.expr.cache.ExpressionCache;
import io.tabletheory.inmemory.internal.table.KeyValidator;
import io.tabletheory.inmemory.internal.table.PrimaryKey;
import io.tabletheory.inmemory.internal.table.Table;
import io.tabletheory.inmemory.internal.table.TableCatalog;
import io.tabletheory.inmemory.internal.table.TableNames;
import java.util.Map;
import java.util.Optional;

/**
 * DeleteItem: static validation (table name, ReturnValues, condition), then the table and key checks, then the
 * conditional delete under the table's write lock. Deleting a missing item succeeds unless the condition fails.
 */
public final class DeleteItemOperation {
    private final TableCatalog tables;
    private final ExpressionCache expressions;

    /** DeleteItem over these tables, parsing through this cache. */
    public DeleteItemOperation(TableCatalog tables, ExpressionCache expressions) {
        this.tables = tables;
        this.expressions = expressions;
    }

    /** Runs a DeleteItem request. */
    public DeleteItemResult run(DeleteItemRequest request) {
        TableNames.validateItemTable(request.tableName());
        WriteReturnValues.check(request.returnValues());
        WriteCondition condition = WriteCondition.prepare(
                expressions,
                request.conditionExpression(),
                request.expressionAttributeNames(),
                request.expressionAttributeValues(),
                request.expected(),
                request.conditionalOperator());
        Table table = tables.itemTable(request.tableName());
        PrimaryKey key = KeyValidator.fromKey(table.keySchema(), request.key());
        Optional<Map<String, AttributeValue>> old = table.write(key, current -> {
            condition.verify(current, request.returnValuesOnConditionCheckFailure());
            return Optional.empty();
        });
        Map<String, AttributeValue> attributes =
                request.returnValues() == ReturnValue.ALL_OLD ? old.orElse(Map.of()) : Map.of();
        return new DeleteItemResult(
                attributes,
                WriteCapacity.of(request.returnConsumedCapacity(), table, old, Optional.empty()),
                ItemCollections.of(request.returnItemCollectionMetrics(), table, key));
    }
}
