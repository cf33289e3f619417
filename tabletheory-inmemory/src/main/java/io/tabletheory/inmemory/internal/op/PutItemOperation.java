package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.request.PutItemRequest;
import io.tabletheory.api.request.PutItemResult;
import io.tabletheory.api.request.ReturnValue;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.capacity.WriteCapacity;
import io.tabletheory.inmemory.internal.expr.cache.ExpressionCache;
import io.tabletheory.inmemory.internal.item.ItemLimits;
import io.tabletheory.inmemory.internal.item.StoredItem;
import io.tabletheory.inmemory.internal.table.IndexKeyValidator;
import io.tabletheory.inmemory.internal.table.KeyValidator;
import io.tabletheory.inmemory.internal.table.PrimaryKey;
import io.tabletheory.inmemory.internal.table.Table;
import io.tabletheory.inmemory.internal.table.TableCatalog;
import io.tabletheory.inmemory.internal.table.TableNames;
import java.util.Map;
import java.util.Optional;

/**
 * PutItem: static validation (table name, ReturnValues, condition, item nesting and size), then the table, key and
 * index-key checks, then the conditional replace of the whole item under the table's write lock.
 */
public final class PutItemOperation {
    private final TableCatalog tables;
    private final ExpressionCache expressions;

    /** PutItem over these tables, parsing through this cache. */
    public PutItemOperation(TableCatalog tables, ExpressionCache expressions) {
        this.tables = tables;
        this.expressions = expressions;
    }

    /** Runs a PutItem request. */
    public PutItemResult run(PutItemRequest request) {
        TableNames.validateItemTable(request.tableName());
        WriteReturnValues.check(request.returnValues());
        WriteCondition condition = WriteCondition.prepare(
                expressions,
                request.conditionExpression(),
                request.expressionAttributeNames(),
                request.expressionAttributeValues(),
                request.expected(),
                request.conditionalOperator());
        StoredItem stored = ItemLimits.checkedPut(request.item());
        Table table = tables.itemTable(request.tableName());
        PrimaryKey key = KeyValidator.fromItem(table.keySchema(), request.item());
        IndexKeyValidator.validate(table.indexes(), request.item());
        Optional<Map<String, AttributeValue>> old = table.writeStored(
                key,
                current -> {
                    condition.verify(current, request.returnValuesOnConditionCheckFailure());
                    return Optional.of(stored.item());
                },
                stored);
        Map<String, AttributeValue> attributes =
                request.returnValues() == ReturnValue.ALL_OLD ? old.orElse(Map.of()) : Map.of();
        return new PutItemResult(
                attributes,
                WriteCapacity.of(request.returnConsumedCapacity(), table, old, Optional.of(request.item())),
                ItemCollections.of(request.returnItemCollectionMetrics(), table, key));
    }
}
