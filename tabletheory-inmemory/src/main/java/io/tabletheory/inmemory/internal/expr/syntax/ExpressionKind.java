package io.tabletheory.inmemory.internal.expr.syntax;

import io.tabletheory.api.error.ValidationException;

/**
 * Which request parameter an expression came from. DynamoDB names it in every expression error ({@code Invalid
 * ConditionExpression: ...}), and the parsers use it to pick the grammar.
 */
public enum ExpressionKind {
    /** {@code ConditionExpression} of a write. */
    CONDITION("ConditionExpression"),
    /** {@code FilterExpression} of a Query or Scan. */
    FILTER("FilterExpression"),
    /** {@code KeyConditionExpression} of a Query. */
    KEY_CONDITION("KeyConditionExpression"),
    /** {@code ProjectionExpression} of a read. */
    PROJECTION("ProjectionExpression"),
    /** {@code UpdateExpression} of an UpdateItem. */
    UPDATE("UpdateExpression");

    private final String parameterName;

    ExpressionKind(String parameterName) {
        this.parameterName = parameterName;
    }

    /** The request parameter, such as {@code ConditionExpression}. */
    public String parameterName() {
        return parameterName;
    }

    /** DynamoDB's error for this expression: {@code Invalid <Parameter>: <detail>}. */
    public ValidationException invalid(String detail) {
        return new ValidationException("Invalid " + parameterName + ": " + detail);
    }
}
