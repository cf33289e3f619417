package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.request.UpdateItemRequest;
import io.tabletheory.api.request.UpdateItemResult;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.capacity.WriteCapacity;
import io.tabletheory.inmemory.internal.expr.ExpressionCache;
import io.tabletheory.inmemory.internal.expr.ParsedUpdate;
import io.tabletheory.inmemory.internal.expr.PlaceholderRules;
import io.tabletheory.inmemory.internal.expr.ResolvedPath;
import io.tabletheory.inmemory.internal.expr.UpdateApplier;
import io.tabletheory.inmemory.internal.expr.UpdateChecker;
import io.tabletheory.inmemory.internal.item.ItemLimits;
import io.tabletheory.inmemory.internal.table.IndexKeyValidator;
import io.tabletheory.inmemory.internal.table.KeyAttribute;
import io.tabletheory.inmemory.internal.table.KeySchema;
import io.tabletheory.inmemory.internal.table.KeyValidator;
import io.tabletheory.inmemory.internal.table.PrimaryKey;
import io.tabletheory.inmemory.internal.table.Table;
import io.tabletheory.inmemory.internal.table.TableCatalog;
import io.tabletheory.inmemory.internal.table.TableNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * UpdateItem, in DynamoDB's validation order: the table name; names and values without any expression; malformed
 * placeholder keys; the UpdateExpression (parse, then {@link UpdateChecker}); the ConditionExpression; names and
 * values unused by both; the table and the key. Then, under the table's write lock ({@link Table#write}): the
 * condition on the stored item (a missing item has no attributes), the key attributes the update may not touch, the
 * update itself ({@link UpdateApplier}) and the limits of the resulting item.
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
        TableNames.validate(request.tableName());
        Map<String, String> names = request.expressionAttributeNames();
        Map<String, AttributeValue> values = request.expressionAttributeValues();
        Optional<ParsedUpdate> update = Optional.empty();
        List<ResolvedPath> targets = List.of();
        WriteCondition condition = WriteCondition.NONE;
        if (request.updateExpression().isEmpty()
                && request.conditionExpression().isEmpty()) {
            rejectWithoutExpressions(names, values);
        } else {
            PlaceholderRules.checkKeys(names, values);
            List<String> used = new ArrayList<>();
            if (request.updateExpression().isPresent()) {
                update = Optional.of(
                        expressions.update(request.updateExpression().get()));
                targets = UpdateChecker.check(update.get(), names, values);
                used.addAll(update.get().allPlaceholders());
            }
            if (request.conditionExpression().isPresent()) {
                condition = WriteCondition.parse(
                        expressions, request.conditionExpression().get(), names, values);
                used.addAll(condition.placeholders());
            }
            PlaceholderRules.checkUsed(used, names, values);
        }
        Table table = tables.itemTable(request.tableName());
        PrimaryKey key = KeyValidator.fromKey(table.keySchema(), request.key());
        WriteCondition checkedCondition = condition;
        Optional<ParsedUpdate> parsed = update;
        List<ResolvedPath> paths = targets;
        List<Map<String, AttributeValue>> written = new ArrayList<>(1);
        Optional<Map<String, AttributeValue>> old = table.write(key, current -> {
            checkedCondition.verify(current, request.returnValuesOnConditionCheckFailure());
            rejectKeyUpdates(table.keySchema(), paths);
            if (current.isEmpty() && parsed.isPresent() && !parsed.get().createsItem()) {
                return Optional.empty();
            }
            Map<String, AttributeValue> before = current.orElseGet(() -> new LinkedHashMap<>(request.key()));
            Map<String, AttributeValue> after = parsed.isPresent()
                    ? UpdateApplier.apply(parsed.get().actions(), paths, before, names, values)
                    : before;
            ItemLimits.checkUpdate(after);
            IndexKeyValidator.validateUpdated(table.indexes(), after);
            written.add(after);
            return Optional.of(after);
        });
        Optional<Map<String, AttributeValue>> now = written.isEmpty() ? Optional.empty() : Optional.of(written.get(0));
        return new UpdateItemResult(
                UpdateReturnValues.of(request.returnValues(), old, now, paths),
                WriteCapacity.of(request.returnConsumedCapacity(), table, old, now.isPresent() ? now : old));
    }

    private static void rejectWithoutExpressions(Map<String, String> names, Map<String, AttributeValue> values) {
        if (!names.isEmpty()) {
            throw new ValidationException("ExpressionAttributeNames can only be specified when using expressions");
        }
        if (!values.isEmpty()) {
            throw new ValidationException("ExpressionAttributeValues can only be specified when using expressions:"
                    + " UpdateExpression and ConditionExpression are null");
        }
    }

    /** Rejects an action on a key attribute or inside one, checked from the last action as DynamoDB Local does. */
    private static void rejectKeyUpdates(KeySchema schema, List<ResolvedPath> targets) {
        for (int i = targets.size() - 1; i >= 0; i--) {
            String attribute = ((ResolvedPath.Key) targets.get(i).steps().get(0)).name();
            for (KeyAttribute key : schema.attributes()) {
                if (key.name().equals(attribute)) {
                    throw new ValidationException("One or more parameter values were invalid: Cannot update attribute "
                            + attribute + ". This attribute is part of the key");
                }
            }
        }
    }
}
