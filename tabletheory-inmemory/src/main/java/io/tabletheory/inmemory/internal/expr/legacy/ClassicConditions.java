package io.tabletheory.inmemory.internal.expr.legacy;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.request.ClassicCondition;
import io.tabletheory.api.request.ComparisonOperator;
import io.tabletheory.api.request.ConditionalOperator;
import io.tabletheory.api.request.ExpectedAttributeValue;
import io.tabletheory.inmemory.internal.expr.syntax.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The classic condition maps of a request translated into one condition tree: {@code QueryFilter} and {@code
 * ScanFilter} ({@link #filter}) and {@code Expected} ({@link #expected}), their entries joined by the request's
 * {@code ConditionalOperator} (AND when absent). Each entry is checked with DynamoDB's messages as it is translated,
 * in the map's order.
 */
public final class ClassicConditions {
    private static final String INVALID = "One or more parameter values were invalid: ";

    private ClassicConditions() {}

    /**
     * The filter, or empty when the map is.
     *
     * @throws ValidationException with DynamoDB's message
     */
    public static Optional<Condition> filter(
            Map<String, ClassicCondition> filter, Optional<ConditionalOperator> operator, ClassicPlaceholders tokens) {
        List<Condition> conditions = new ArrayList<>();
        filter.forEach((attribute, condition) -> conditions.add(ClassicComparisons.translate(
                attribute, condition.comparisonOperator(), condition.attributeValueList(), tokens)));
        return join(conditions, operator);
    }

    /**
     * The condition of {@code Expected}, or empty when the map is.
     *
     * @throws ValidationException with DynamoDB's message
     */
    public static Optional<Condition> expected(
            Map<String, ExpectedAttributeValue> expected,
            Optional<ConditionalOperator> operator,
            ClassicPlaceholders tokens) {
        List<Condition> conditions = new ArrayList<>();
        expected.forEach((attribute, condition) -> conditions.add(expectation(attribute, condition, tokens)));
        return join(conditions, operator);
    }

    private static Condition expectation(
            String attribute, ExpectedAttributeValue expected, ClassicPlaceholders tokens) {
        if (expected.value().isPresent() && !expected.attributeValueList().isEmpty()) {
            throw new ValidationException(
                    INVALID + "Value and AttributeValueList cannot be used together for Attribute: " + attribute);
        }
        if (expected.comparisonOperator().isPresent()) {
            ComparisonOperator operator = expected.comparisonOperator().get();
            if (expected.exists().isPresent()) {
                throw new ValidationException(
                        INVALID + "Exists and ComparisonOperator cannot be used together for Attribute: " + attribute);
            }
            boolean takesValues = operator != ComparisonOperator.NULL && operator != ComparisonOperator.NOT_NULL;
            if (takesValues
                    && expected.value().isEmpty()
                    && expected.attributeValueList().isEmpty()) {
                throw new ValidationException(INVALID + "Value or AttributeValueList must be used with"
                        + " ComparisonOperator: " + operator.name() + " for Attribute: " + attribute);
            }
            return ClassicComparisons.translate(
                    attribute, operator, expected.value().map(List::of).orElse(expected.attributeValueList()), tokens);
        }
        if (!expected.attributeValueList().isEmpty()) {
            throw new ValidationException(INVALID
                    + "AttributeValueList can only be used with a ComparisonOperator for Attribute: " + attribute);
        }
        boolean exists = expected.exists().orElse(true);
        if (exists && expected.value().isEmpty()) {
            throw new ValidationException(INVALID + "Value must be provided when Exists is "
                    + (expected.exists().isEmpty() ? "null" : "true") + " for Attribute: " + attribute);
        }
        if (!exists && expected.value().isPresent()) {
            throw new ValidationException(
                    INVALID + "Value cannot be used when Exists is false for Attribute: " + attribute);
        }
        return exists
                ? ClassicComparisons.translate(
                        attribute,
                        ComparisonOperator.EQ,
                        List.of(expected.value().get()),
                        tokens)
                : ClassicComparisons.translate(attribute, ComparisonOperator.NULL, List.of(), tokens);
    }

    private static Optional<Condition> join(List<Condition> conditions, Optional<ConditionalOperator> operator) {
        if (conditions.isEmpty()) {
            return Optional.empty();
        }
        ConditionalOperator joiner = operator.orElse(ConditionalOperator.AND);
        Condition joined = conditions.get(0);
        for (Condition next : conditions.subList(1, conditions.size())) {
            joined = switch (joiner) {
                case AND -> new Condition.And(joined, next);
                case OR -> new Condition.Or(joined, next);
            };
        }
        return Optional.of(joined);
    }
}
