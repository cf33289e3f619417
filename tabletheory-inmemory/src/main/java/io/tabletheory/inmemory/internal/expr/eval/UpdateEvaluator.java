package io.tabletheory.inmemory.internal.expr.eval;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.expr.syntax.UpdateValue;
import io.tabletheory.inmemory.internal.item.CollectionViews;
import io.tabletheory.inmemory.internal.item.ScalarViews;
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
final class UpdateEvaluator implements UpdateValue.Visitor<Optional<AttributeValue>> {
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
        return value.accept(this);
    }

    @Override
    public Optional<AttributeValue> visitPath(UpdateValue.Path path) {
        return ResolvedPath.of(path.path(), names).find(item);
    }

    @Override
    public Optional<AttributeValue> visitValue(UpdateValue.Value literal) {
        return Optional.of(values.get(literal.token()));
    }

    @Override
    public Optional<AttributeValue> visitIfNotExists(UpdateValue.IfNotExists ifNotExists) {
        Optional<AttributeValue> existing = evaluate(ifNotExists.path());
        Optional<AttributeValue> fallback = evaluate(ifNotExists.fallback());
        return fallback.isEmpty() ? fallback : existing.or(() -> fallback);
    }

    @Override
    public Optional<AttributeValue> visitListAppend(UpdateValue.ListAppend listAppend) {
        AttributeValue.ListValue first = listOperand(evaluate(listAppend.first()));
        AttributeValue.ListValue second = listOperand(evaluate(listAppend.second()));
        if (first == null || second == null) {
            return Optional.empty();
        }
        List<AttributeValue> joined = new ArrayList<>(first.values());
        joined.addAll(second.values());
        return Optional.of(AttributeValue.ofList(joined));
    }

    @Override
    public Optional<AttributeValue> visitPlus(UpdateValue.Plus plus) {
        AttributeValue.NumberValue left = numberOperand(evaluate(plus.left()));
        AttributeValue.NumberValue right = numberOperand(evaluate(plus.right()));
        return left == null || right == null ? Optional.empty() : Optional.of(NumberArithmetic.add(left, right));
    }

    @Override
    public Optional<AttributeValue> visitMinus(UpdateValue.Minus minus) {
        AttributeValue.NumberValue left = numberOperand(evaluate(minus.left()));
        AttributeValue.NumberValue right = numberOperand(evaluate(minus.right()));
        return left == null || right == null ? Optional.empty() : Optional.of(NumberArithmetic.subtract(left, right));
    }

    /** The operand as a list; null when missing. */
    private static AttributeValue.ListValue listOperand(Optional<AttributeValue> value) {
        if (value.isEmpty()) {
            return null;
        }
        AttributeValue.ListValue list = CollectionViews.list(value.get());
        if (list == null) {
            throw new ValidationException(INCORRECT_TYPE);
        }
        return list;
    }

    /** The operand as a number; null when missing. */
    private static AttributeValue.NumberValue numberOperand(Optional<AttributeValue> value) {
        if (value.isEmpty()) {
            return null;
        }
        AttributeValue.NumberValue number = ScalarViews.number(value.get());
        if (number == null) {
            throw new ValidationException(INCORRECT_TYPE);
        }
        return number;
    }
}
