package io.tabletheory.engine.internal;

import io.tabletheory.engine.internal.expression.ComparisonOperator;
import java.util.Locale;
import java.util.Map;

/** Parses the operators users write in {@code where(field, operator, value)}. */
final class Operators {
    private static final Map<String, ComparisonOperator> COMPARISONS = Map.of(
            "=", ComparisonOperator.EQUAL,
            "==", ComparisonOperator.EQUAL,
            "!=", ComparisonOperator.NOT_EQUAL,
            "<>", ComparisonOperator.NOT_EQUAL,
            "<", ComparisonOperator.LESS_THAN,
            "<=", ComparisonOperator.LESS_THAN_OR_EQUAL,
            ">", ComparisonOperator.GREATER_THAN,
            ">=", ComparisonOperator.GREATER_THAN_OR_EQUAL);

    private Operators() {}

    static ComparisonOperator comparison(String operator) {
        ComparisonOperator parsed =
                operator == null ? null : COMPARISONS.get(operator.trim().toLowerCase(Locale.ROOT));
        if (parsed == null) {
            throw new IllegalArgumentException("unknown operator '" + operator + "'; use one of =, !=, <, <=, >, >=");
        }
        return parsed;
    }
}
