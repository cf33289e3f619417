package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.request.UpdateItemRequest;
import io.tabletheory.api.request.UpdateItemResult;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.capacity.WriteCapacity;
import io.tabletheory.inmemory.internal.expr.cache.ExpressionCache;
import io.tabletheory.inmemory.internal.table.KeyValidator;
import io.tabletheory.inmemory.internal.table.PrimaryKey;
import io.tabletheory.inmemory.internal.table.Table;
import io.tabletheory.inmemory.internal.table.TableCatalog;
import io.tabletheory.inmemory.internal.table.TableNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * UpdateItem: the table name, then the update's expressions and placeholders ({@link UpdatePlan#prepare}), then the
 * table and the key. Then, under the table's write lock ({@link Table#write}): the condition on the stored item (a
 * missing item has no attributes), then the update itself ({@link UpdatePlan#apply}).
 *
 * <p>A missing item is created with its key plus whatever SET and ADD produce; an update with no expression creates
 * the key alone; an update of a missing item that only REMOVEs or DELETEs creates nothing and returns nothing.
 */
public final class UpdateItemOperation {
    private final TableCatalog tables;
    private final ExpressionCache expressions;

    /** UpdateItem over these tables, parsing through this cache. */
    public UpdateItemOperation(TableCatalog tables, ExpressionCache expressions) {
        this.tables = tables;
        this.expressions = expressions;
    }

    /** Runs an UpdateItem request. */
    public UpdateItemResult run(UpdateItemRequest request) {
        TableNames.validateItemTable(request.tableName());
        UpdatePlan plan = UpdatePlan.prepare(
                expressions,
                request.updateExpression(),
                request.conditionExpression(),
                request.expressionAttributeNames(),
                request.expressionAttributeValues(),
                request.attributeUpdates(),
                request.expected(),
                request.conditionalOperator());
        Table table = tables.itemTable(request.tableName());
        PrimaryKey key = KeyValidator.fromKey(table.keySchema(), request.key());
        List<Map<String, AttributeValue>> written = new ArrayList<>(1);
        Optional<Map<String, AttributeValue>> old = table.write(key, current -> {
            plan.condition().verify(current, request.returnValuesOnConditionCheckFailure());
            Optional<Map<String, AttributeValue>> after = plan.apply(table, request.key(), current);
            if (after.isEmpty()) {
                return Optional.empty();
            }
            written.add(after.get());
            return after;
        });
        Optional<Map<String, AttributeValue>> now = written.isEmpty() ? Optional.empty() : Optional.of(written.get(0));
        return new UpdateItemResult(
                UpdateReturnValues.of(request.returnValues(), old, now, plan.targets()),
                WriteCapacity.of(request.returnConsumedCapacity(), table, old, now.isPresent() ? now : old),
                ItemCollections.of(request.returnItemCollectionMetrics(), table, key));
    }
}
