package io.tabletheory.inmemory.internal.op;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.request.ConditionFailedException;
import io.tabletheory.api.request.ConditionalOperator;
import io.tabletheory.api.request.ExpectedAttributeValue;
import io.tabletheory.api.request.ReturnValuesOnConditionCheckFailure;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.expr.cache.ExpressionCache;
import io.tabletheory.inmemory.internal.expr.check.ConditionChecker;
import io.tabletheory.inmemory.internal.expr.check.PlaceholderRules;
import io.tabletheory.inmemory.internal.expr.eval.ConditionEvaluator;
import io.tabletheory.inmemory.internal.expr.legacy.ClassicConditions;
import io.tabletheory.inmemory.internal.expr.legacy.ClassicPlaceholders;
import io.tabletheory.inmemory.internal.expr.legacy.ParameterMix;
import io.tabletheory.inmemory.internal.expr.syntax.Condition;
import io.tabletheory.inmemory.internal.expr.syntax.ExpressionKind;
import io.tabletheory.inmemory.internal.expr.syntax.ParsedCondition;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ConditionExpression of a single-item write (PutItem, DeleteItem, UpdateItem, a transaction's action), validated before the table is looked up
 * and then evaluated against the stored item inside the table's write lock. Validation follows DynamoDB's order:
 * names and values without an expression, malformed placeholder keys, the expression itself (parse, undefined
 * placeholders, operand checks), then unused names and values. A classic {@code Expected} condition is translated
 * into the same tree ({@link ClassicConditions}) after the check that it does not come with expressions.
 */
final class WriteCondition {
    static final WriteCondition NONE = new WriteCondition(Optional.empty(), List.of(), Map.of(), Map.of());

    private final Optional<Condition> condition;
    private final List<String> placeholders;
    private final Map<String, String> names;
    private final Map<String, AttributeValue> values;

    private WriteCondition(
            Optional<Condition> condition,
            List<String> placeholders,
            Map<String, String> names,
            Map<String, AttributeValue> values) {
        this.condition = condition;
        this.placeholders = placeholders;
        this.names = names;
        this.values = values;
    }

    /**
     * Validates a PutItem's or DeleteItem's condition parameters, classic ({@code Expected}) or expression.
     *
     * @throws ValidationException with DynamoDB's message
     */
    static WriteCondition prepare(
            ExpressionCache expressions,
            Optional<String> expression,
            Map<String, String> names,
            Map<String, AttributeValue> values,
            Map<String, ExpectedAttributeValue> expected,
            Optional<ConditionalOperator> conditionalOperator) {
        ParameterMix.of()
                .expression("ConditionExpression", expression.isPresent())
                .classic("Expected", !expected.isEmpty())
                .classic("ConditionalOperator", conditionalOperator.isPresent())
                .check();
        Optional<WriteCondition> classic = classic(expected, conditionalOperator);
        WriteCondition condition = prepare(expressions, expression, names, values);
        return classic.orElse(condition);
    }

    /**
     * The classic {@code Expected} condition, or empty when there is none.
     *
     * @throws ValidationException with DynamoDB's message
     */
    static Optional<WriteCondition> classic(
            Map<String, ExpectedAttributeValue> expected, Optional<ConditionalOperator> conditionalOperator) {
        if (expected.isEmpty() && conditionalOperator.isEmpty()) {
            // Nearly every write: no classic condition, and no placeholders to allocate for one.
            return Optional.empty();
        }
        ClassicPlaceholders tokens = new ClassicPlaceholders();
        return ClassicConditions.expected(expected, conditionalOperator, tokens)
                .map(tree -> new WriteCondition(Optional.of(tree), List.of(), tokens.names(), tokens.values()));
    }

    /**
     * Validates a write's condition expression parameters.
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
        WriteCondition condition = parse(expressions, expression.get(), names, values);
        PlaceholderRules.checkUsed(condition.placeholders, names, values);
        return condition;
    }

    /**
     * Parses and checks a condition against names and values whose keys are already checked, leaving the unused
     * check to the caller (UpdateItem checks it over both of its expressions).
     *
     * @throws ValidationException with DynamoDB's message
     */
    static WriteCondition parse(
            ExpressionCache expressions,
            String expression,
            Map<String, String> names,
            Map<String, AttributeValue> values) {
        ParsedCondition parsed = expressions.condition(expression, ExpressionKind.CONDITION);
        PlaceholderRules.checkDefined(parsed.placeholders(), ExpressionKind.CONDITION, names, values);
        ConditionChecker.check(parsed, ExpressionKind.CONDITION, names, values);
        return new WriteCondition(Optional.of(parsed.condition()), parsed.placeholders(), names, values);
    }

    /** The placeholders the condition uses, in text order. */
    List<String> placeholders() {
        return placeholders;
    }

    /** Whether the condition (true when there is none) holds for the stored item (empty when none). */
    boolean holds(Optional<Map<String, AttributeValue>> current) {
        return condition.isEmpty()
                || ConditionEvaluator.evaluate(condition.get(), current.orElse(Map.of()), names, values);
    }

    /**
     * Evaluates the condition against the stored item (empty when none).
     *
     * @throws ConditionFailedException when it is false, carrying the stored item if {@code onFailure} is ALL_OLD
     */
    void verify(Optional<Map<String, AttributeValue>> current, ReturnValuesOnConditionCheckFailure onFailure) {
        if (!holds(current)) {
            Map<String, AttributeValue> returned =
                    onFailure == ReturnValuesOnConditionCheckFailure.ALL_OLD ? current.orElse(Map.of()) : Map.of();
            throw new ConditionFailedException("The conditional request failed", returned, null);
        }
    }
}
