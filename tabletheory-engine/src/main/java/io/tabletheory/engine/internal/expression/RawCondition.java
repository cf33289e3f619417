package io.tabletheory.engine.internal.expression;

import io.tabletheory.api.value.AttributeValue;
import java.util.Map;
import java.util.Objects;

/**
 * A condition expression the user wrote in DynamoDB syntax ({@code withConditionExpression}), with its own value
 * placeholders; a write ANDs it, in parentheses, after the conditions TableTheory generates.
 *
 * <p>Its parentheses must balance, so that the parentheses around it enclose it: {@code a >= :x) OR (b} would
 * otherwise turn {@code (version check) AND (a >= :x) OR (b)} into a condition that lets a stale write through.
 * DynamoDB expressions have no string literals (values are placeholders), so every parenthesis in the text is
 * structure, and counting them is exact.
 *
 * @param expression the condition expression text
 * @param values its ExpressionAttributeValues
 */
public record RawCondition(String expression, Map<String, AttributeValue> values) {
    public RawCondition {
        Objects.requireNonNull(expression, "expression");
        requireBalancedParentheses(expression);
        values = Map.copyOf(values);
    }

    private static void requireBalancedParentheses(String expression) {
        int open = 0;
        int firstOpen = -1;
        for (int offset = 0; offset < expression.length(); offset++) {
            char c = expression.charAt(offset);
            if (c == '(') {
                firstOpen = open == 0 ? offset : firstOpen;
                open++;
            } else if (c == ')' && --open < 0) {
                throw unbalanced(expression, "')' at offset " + offset + " closes no '('");
            }
        }
        if (open > 0) {
            throw unbalanced(expression, "'(' at offset " + firstOpen + " is never closed");
        }
    }

    private static IllegalArgumentException unbalanced(String expression, String problem) {
        return new IllegalArgumentException("withConditionExpression: the parentheses of \"" + expression
                + "\" do not balance: " + problem + ". TableTheory puts the expression in parentheses and ANDs it with"
                + " its own conditions (version, ifNotExists), so it must be a whole condition on its own");
    }
}
