package io.tabletheory.engine.internal.expression;

import io.tabletheory.api.value.AttributeValue;
import java.util.Map;
import java.util.Objects;

/**
 * A condition expression the user wrote in DynamoDB syntax ({@code withConditionExpression}), with its own value
 * placeholders; a write ANDs it after the conditions TableTheory generates.
 *
 * @param expression the condition expression text
 * @param values its ExpressionAttributeValues
 */
public record RawCondition(String expression, Map<String, AttributeValue> values) {
    public RawCondition {
        Objects.requireNonNull(expression, "expression");
        values = Map.copyOf(values);
    }
}
