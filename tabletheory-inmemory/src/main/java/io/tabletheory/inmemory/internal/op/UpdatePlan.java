package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.request.AttributeValueUpdate;
import io.tabletheory.api.request.ConditionalOperator;
import io.tabletheory.api.request.ExpectedAttributeValue;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.expr.cache.ExpressionCache;
import io.tabletheory.inmemory.internal.expr.check.PlaceholderRules;
import io.tabletheory.inmemory.internal.expr.check.UpdateChecker;
import io.tabletheory.inmemory.internal.expr.eval.ResolvedPath;
import io.tabletheory.inmemory.internal.expr.eval.UpdateApplier;
import io.tabletheory.inmemory.internal.expr.legacy.ClassicPlaceholders;
import io.tabletheory.inmemory.internal.expr.legacy.ClassicUpdates;
import io.tabletheory.inmemory.internal.expr.legacy.ParameterMix;
import io.tabletheory.inmemory.internal.expr.syntax.ParsedUpdate;
import io.tabletheory.inmemory.internal.item.ItemLimits;
import io.tabletheory.inmemory.internal.table.IndexKeyValidator;
import io.tabletheory.inmemory.internal.table.KeyAttribute;
import io.tabletheory.inmemory.internal.table.KeySchema;
import io.tabletheory.inmemory.internal.table.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An update of one item (UpdateItem, and a transaction's Update action), validated before the table is looked up
 * and then applied to the stored item under the table's write lock.
 *
 * <p>{@link #prepare} follows DynamoDB's validation order: names and values without any expression; malformed
 * placeholder keys; the UpdateExpression (parse, then {@link UpdateChecker}); the ConditionExpression; names and
 * values unused by both. {@link #apply} then refuses updates of key attributes, applies the update ({@link
 * UpdateApplier}) and checks the limits of the resulting item: a missing item is created with its key plus whatever
 * SET and ADD produce; an update with no expression creates the key alone; an update of a missing item that only
 * REMOVEs or DELETEs creates nothing. The condition ({@link #condition}) is the caller's to evaluate first.
 *
 * <p>UpdateItem's classic parameters ({@code AttributeUpdates}, {@code Expected}) are translated into the same trees
 * ({@link ClassicUpdates}, {@link WriteCondition#classic}) after the check that they do not come with expressions.
 */
final class UpdatePlan {
    private final Optional<ParsedUpdate> update;
    private final List<ResolvedPath> targets;
    private final WriteCondition condition;
    private final Map<String, String> names;
    private final Map<String, AttributeValue> values;

    private UpdatePlan(
            Optional<ParsedUpdate> update,
            List<ResolvedPath> targets,
            WriteCondition condition,
            Map<String, String> names,
            Map<String, AttributeValue> values) {
        this.update = update;
        this.targets = targets;
        this.condition = condition;
        this.names = names;
        this.values = values;
    }

    /**
     * Validates an UpdateItem's parameters, classic or expression.
     *
     * @throws ValidationException with DynamoDB's message
     */
    static UpdatePlan prepare(
            ExpressionCache expressions,
            Optional<String> updateExpression,
            Optional<String> conditionExpression,
            Map<String, String> names,
            Map<String, AttributeValue> values,
            Map<String, AttributeValueUpdate> attributeUpdates,
            Map<String, ExpectedAttributeValue> expected,
            Optional<ConditionalOperator> conditionalOperator) {
        ParameterMix.of()
                .expression("UpdateExpression", updateExpression.isPresent())
                .expression("ConditionExpression", conditionExpression.isPresent())
                .classic("AttributeUpdates", !attributeUpdates.isEmpty())
                .classic("Expected", !expected.isEmpty())
                .check();
        ClassicPlaceholders tokens = new ClassicPlaceholders();
        Optional<ParsedUpdate> classicUpdate = attributeUpdates.isEmpty()
                ? Optional.empty()
                : Optional.of(ClassicUpdates.translate(attributeUpdates, tokens));
        Optional<WriteCondition> classicCondition = WriteCondition.classic(expected, conditionalOperator);
        UpdatePlan plan = prepare(expressions, updateExpression, conditionExpression, names, values);
        if (classicUpdate.isEmpty() && classicCondition.isEmpty()) {
            return plan;
        }
        List<ResolvedPath> targets = classicUpdate.isPresent()
                ? UpdateChecker.check(classicUpdate.get(), tokens.names(), tokens.values())
                : List.of();
        return new UpdatePlan(
                classicUpdate, targets, classicCondition.orElse(WriteCondition.NONE), tokens.names(), tokens.values());
    }

    /**
     * Validates an update's expressions and placeholders.
     *
     * @throws ValidationException with DynamoDB's message
     */
    static UpdatePlan prepare(
            ExpressionCache expressions,
            Optional<String> updateExpression,
            Optional<String> conditionExpression,
            Map<String, String> names,
            Map<String, AttributeValue> values) {
        if (updateExpression.isEmpty() && conditionExpression.isEmpty()) {
            rejectWithoutExpressions(names, values);
            return new UpdatePlan(Optional.empty(), List.of(), WriteCondition.NONE, names, values);
        }
        PlaceholderRules.checkKeys(names, values);
        List<String> used = new ArrayList<>();
        Optional<ParsedUpdate> update = Optional.empty();
        List<ResolvedPath> targets = List.of();
        if (updateExpression.isPresent()) {
            update = Optional.of(expressions.update(updateExpression.get()));
            targets = UpdateChecker.check(update.get(), names, values);
            used.addAll(update.get().allPlaceholders());
        }
        WriteCondition condition = WriteCondition.NONE;
        if (conditionExpression.isPresent()) {
            condition = WriteCondition.parse(expressions, conditionExpression.get(), names, values);
            used.addAll(condition.placeholders());
        }
        PlaceholderRules.checkUsed(used, names, values);
        return new UpdatePlan(update, targets, condition, names, values);
    }

    /** The update's condition, to evaluate on the stored item before {@link #apply}. */
    WriteCondition condition() {
        return condition;
    }

    /** The paths the update touches, in action order (for UPDATED_OLD and UPDATED_NEW). */
    List<ResolvedPath> targets() {
        return targets;
    }

    /**
     * The item after the update of {@code current} (empty when none is stored), or empty when the update creates
     * nothing.
     *
     * @throws ValidationException with DynamoDB's message when the update cannot be applied to this item
     */
    Optional<Map<String, AttributeValue>> apply(
            Table table, Map<String, AttributeValue> key, Optional<Map<String, AttributeValue>> current) {
        rejectKeyUpdates(table.keySchema(), targets);
        if (current.isEmpty() && update.isPresent() && !update.get().createsItem()) {
            return Optional.empty();
        }
        Map<String, AttributeValue> before = current.orElseGet(() -> new LinkedHashMap<>(key));
        Map<String, AttributeValue> after = update.isPresent()
                ? UpdateApplier.apply(update.get().actions(), targets, before, names, values)
                : before;
        ItemLimits.checkUpdate(after);
        IndexKeyValidator.validateUpdated(table.indexes(), after);
        return Optional.of(after);
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
            String attribute = targets.get(i).attribute();
            for (KeyAttribute key : schema.attributes()) {
                if (key.name().equals(attribute)) {
                    throw new ValidationException("One or more parameter values were invalid: Cannot update attribute "
                            + attribute + ". This attribute is part of the key");
                }
            }
        }
    }
}
