package io.tabletheory.inmemory.internal.expr.syntax;

import java.util.List;
import java.util.Objects;

/**
 * A KeyConditionExpression that passed every parse-time check, as cached by {@code ExpressionCache}: the whole
 * condition (for the value checks {@code ConditionChecker} makes), its terms (the conditions joined by AND, each a
 * comparison, BETWEEN or {@code begins_with} whose first operand is a top-level attribute and whose other operands
 * are values), and its placeholders in text order.
 *
 * @param condition the whole expression, as the condition parser read it
 * @param terms the AND-ed key conditions in text order
 */
public record ParsedKeyCondition(ParsedCondition condition, List<Condition> terms) {
    public ParsedKeyCondition {
        Objects.requireNonNull(condition, "condition");
        terms = List.copyOf(terms);
    }

    /** The placeholders the expression uses, in text order. */
    public List<String> placeholders() {
        return condition.placeholders();
    }
}
