package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.error.ConditionFailedException;
import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.request.ReturnValuesOnConditionCheckFailure;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.expr.Condition;
import io.tabletheory.inmemory.internal.expr.ConditionChecker;
import io.tabletheory.inmemory.internal.expr.ConditionEvaluator;
import io.tabletheory.inmemory.internal.expr.ExpressionCache;
import io.tabletheory.inmemory.internal.expr.ExpressionKind;
import io.tabletheory.inmemory.internal.expr.ParsedCondition;
import io.tabletheory.inmemory.internal.expr.PlaceholderRules;
import java.util.Map;
import java.util.Optional;

/**
 * The ConditionExpression of a single-item write (PutItem, DeleteItem), validated before the table is looked up
 * and then evaluated against the stored item inside the table's write lock. Validation follows DynamoDB's order:
 * names and values without an expression, malformed placeholder keys, the expression itself (parse, undefined
 * placeholders, operand checks), then unused names and values.
 */
final class WriteCondition {
    private static final WriteCondition NONE = new WriteCondition(Optional.empty(), Map.of(), Map.of());

    private final Optional<Condition> condition;
    private final Map<String, String> names;
    private final Map<String, AttributeValue> values;

    private WriteCondition(
            Optional<Condition> condition, Map<String, String> names, Map<String, AttributeValue> values) {
        this.condition = condition;
        this.names = names;
        this.values = values;
    }

    /**
     * Validates a write's condition parameters.
     *
     * @throws ValidationException with DynamoDB's message
     */
    static WriteCondition prepare(
            ExpressionCache expressions,
            Optional<String> expression,
            Map<String, String> names,
            Map<String, AttributeValue> values) {
        if (expression.isEmpty()) {
            if (!names.isEmpty()) {
                throw new ValidationException("ExpressionAttributeNames can only be specified when using expressions");
            }
            if (!values.isEmpty()) {
                throw new ValidationException("ExpressionAttributeValues can only be specified when using expressions:"
                        + " ConditionExpression is null");
            }
            return NONE;
        }
        PlaceholderRules.checkKeys(names, values);
        ParsedCondition parsed = expressions.condition(expression.get(), ExpressionKind.CONDITION);
        PlaceholderRules.checkDefined(parsed.placeholders(), ExpressionKind.CONDITION, names, values);
        ConditionChecker.check(parsed, ExpressionKind.CONDITION, names, values);
        PlaceholderRules.checkUsed(parsed.placeholders(), names, values);
        return new WriteCondition(Optional.of(parsed.condition()), names, values);
    }

    /**
     * Evaluates the condition against the stored item (empty when none).
     *
     * @throws ConditionFailedException when it is false, carrying the stored item if {@code onFailure} is ALL_OLD
     */
    void verify(Optional<Map<String, AttributeValue>> current, ReturnValuesOnConditionCheckFailure onFailure) {
        if (condition.isEmpty()) {
            return;
        }
        Map<String, AttributeValue> item = current.orElse(Map.of());
        if (!ConditionEvaluator.evaluate(condition.get(), item, names, values)) {
            Map<String, AttributeValue> returned =
                    onFailure == ReturnValuesOnConditionCheckFailure.ALL_OLD ? item : Map.of();
            throw new ConditionFailedException("The conditional request failed", returned, null);
        }
    }
}
