package io.tabletheory.inmemory.internal.expr.syntax;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A condition expression that passed every parse-time check, as cached by {@code ExpressionCache}: its tree, the
 * {@code #name}/{@code :value} placeholders it uses in text order, and the first operand-count error, which
 * DynamoDB reports only after undefined placeholders (so it is raised by {@code ConditionChecker}, not the parser).
 *
 * @param condition the tree; meaningful only when {@code deferredError} is empty
 * @param placeholders the placeholders in the order they appear, repeats included
 * @param deferredError the detail of the first operand-count or function-argument error, if any
 */
public record ParsedCondition(Condition condition, List<String> placeholders, Optional<String> deferredError) {
    public ParsedCondition {
        Objects.requireNonNull(condition, "condition");
        placeholders = List.copyOf(placeholders);
        Objects.requireNonNull(deferredError, "deferredError");
    }
}
