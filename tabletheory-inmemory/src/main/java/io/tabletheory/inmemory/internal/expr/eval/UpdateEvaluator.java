package io.tabletheory.inmemory.internal.expr.eval;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.value.AttributeType;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.expr.syntax.UpdateValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes the value of a checked SET right-hand side ({@link UpdateValue}) against the item as it was before the
 * update, for {@link UpdateApplier}. An operand of the wrong type read from the item fails at once ({@code An operand
 * in the update expression has an incorrect data type}); a missing attribute makes the whole value missing, which
 * the applier reports later ({@code ... refers to an attribute that does not exist in the item}). Both arguments of
 * {@code if_not_exists} are evaluated, so a missing fallback is an error even when the path exists.
 */
final class UpdateEvaluator {
    static final String INCORRECT_TYPE = "An operand in the update expression has an incorrect data type";

    private final Map<String, AttributeValue> item;
    private final Map<String, String> names;
    private final Map<String, AttributeValue> values;

    UpdateEvaluator(Map<String, AttributeValue> item, Map<String, String> names, Map<String, AttributeValue> values) {
        this.item = item;
        this.names = names;
        this.values = values;
    }

    /** The value, or empty when an attribute it needs is missing. */
    Optional<AttributeValue> evaluate(UpdateValue value) {
        if (value instanceof UpdateValue.Path path) {
            return ResolvedPath.of(path.path(), names).find(item);
        }
        if (value instanceof UpdateValue.Value literal) {
            return Optional.of(values.get(literal.token()));
        }
        if (value instanceof UpdateValue.IfNotExists ifNotExists) {
            Optional<AttributeValue> existing = evaluate(ifNotExists.path());
            Optional<AttributeValue> fallback = evaluate(ifNotExists.fallback());
            return fallback.isEmpty() ? fallback : existing.or(() -> fallback);
        }
        if (value instanceof UpdateValue.ListAppend listAppend) {
            Optional<AttributeValue> first = typed(evaluate(listAppend.first()), AttributeType.L);
            Optional<AttributeValue> second = typed(evaluate(listAppend.second()), AttributeType.L);
            if (first.isEmpty() || second.isEmpty()) {
                return Optional.empty();
            }
            List<AttributeValue> joined = new ArrayList<>(((AttributeValue.ListValue) first.get()).values());
            joined.addAll(((AttributeValue.ListValue) second.get()).values());
            return Optional.of(AttributeValue.ofList(joined));
        }
        boolean plus = value instanceof UpdateValue.Plus;
        UpdateValue leftOperand = plus ? ((UpdateValue.Plus) value).left() : ((UpdateValue.Minus) value).left();
        UpdateValue rightOperand = plus ? ((UpdateValue.Plus) value).right() : ((UpdateValue.Minus) value).right();
        Optional<AttributeValue> left = typed(evaluate(leftOperand), AttributeType.N);
        Optional<AttributeValue> right = typed(evaluate(rightOperand), AttributeType.N);
        if (left.isEmpty() || right.isEmpty()) {
            return Optional.empty();
        }
        AttributeValue.NumberValue a = (AttributeValue.NumberValue) left.get();
        AttributeValue.NumberValue b = (AttributeValue.NumberValue) right.get();
        return Optional.of(plus ? NumberArithmetic.add(a, b) : NumberArithmetic.subtract(a, b));
    }

    private static Optional<AttributeValue> typed(Optional<AttributeValue> value, AttributeType expected) {
        if (value.isPresent() && value.get().type() != expected) {
            throw new ValidationException(INCORRECT_TYPE);
        }
        return value;
    }
}
