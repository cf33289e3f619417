package io.tabletheory.inmemory.internal.expr.eval;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.expr.syntax.UpdateAction;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies a checked update ({@link UpdateAction}s and their target paths from {@code UpdateChecker}) to an item and
 * returns the new item. Every operand reads the item as it was before the update. SET stores its value ({@link
 * UpdateEvaluator}); REMOVE drops a path (a missing one is no change); ADD adds to a number (missing counts as 0) or
 * unites with a set of the same type (creating it); DELETE takes elements out of a set of the same type, removing the
 * attribute when none remain (a missing attribute is no change). Edits go through {@link DocumentEdits}.
 *
 * <p>Errors follow DynamoDB Local's order: clauses from the last written; within SET, first every value is computed
 * (type errors), then the actions from the last (missing operands, invalid paths); within the other clauses, the
 * actions from the last.
 */
public final class UpdateApplier {
    static final String MISSING_ATTRIBUTE =
            "The provided expression refers to an attribute that does not exist in the item";

    private final Map<String, AttributeValue> item;
    private final Map<String, AttributeValue> values;
    private final UpdateEvaluator evaluator;
    private final DocumentEdits edits;

    private UpdateApplier(
            Map<String, AttributeValue> item, Map<String, String> names, Map<String, AttributeValue> values) {
        this.item = item;
        this.values = values;
        this.evaluator = new UpdateEvaluator(item, names, values);
        this.edits = new DocumentEdits(item);
    }

    /**
     * The item after the update.
     *
     * @param actions the parsed actions, in text order
     * @param targets each action's resolved target path
     * @param item the item before the update (the key alone when the item did not exist)
     * @throws ValidationException with DynamoDB's message when an operand or path does not fit the item, or a number
     *     result is out of range
     */
    public static Map<String, AttributeValue> apply(
            List<UpdateAction> actions,
            List<ResolvedPath> targets,
            Map<String, AttributeValue> item,
            Map<String, String> names,
            Map<String, AttributeValue> values) {
        UpdateApplier applier = new UpdateApplier(item, names, values);
        int end = actions.size();
        while (end > 0) {
            int start = end - 1;
            while (start > 0
                    && actions.get(start - 1).clause() == actions.get(end - 1).clause()) {
                start--;
            }
            applier.clause(actions.subList(start, end), targets.subList(start, end));
            end = start;
        }
        return applier.edits.result();
    }

    private void clause(List<UpdateAction> actions, List<ResolvedPath> targets) {
        if (actions.get(0) instanceof UpdateAction.Set) {
            AttributeValue[] computed = new AttributeValue[actions.size()];
            for (int i = 0; i < actions.size(); i++) {
                computed[i] = evaluator
                        .evaluate(((UpdateAction.Set) actions.get(i)).value())
                        .orElse(null);
            }
            for (int i = actions.size() - 1; i >= 0; i--) {
                if (computed[i] == null) {
                    throw new ValidationException(MISSING_ATTRIBUTE);
                }
                edits.put(targets.get(i), computed[i]);
            }
            return;
        }
        for (int i = actions.size() - 1; i >= 0; i--) {
            UpdateAction action = actions.get(i);
            ResolvedPath target = targets.get(i);
            if (action instanceof UpdateAction.Remove) {
                edits.remove(target);
            } else if (action instanceof UpdateAction.Add add) {
                edits.checkParent(target);
                edits.put(target, add(target.find(item), values.get(add.value())));
            } else {
                edits.checkParent(target);
                Optional<AttributeValue> current = target.find(item);
                if (current.isPresent()) {
                    Optional<AttributeValue> rest =
                            delete(current.get(), values.get(((UpdateAction.Delete) action).value()));
                    if (rest.isPresent()) {
                        edits.put(target, rest.get());
                    } else {
                        edits.remove(target);
                    }
                }
            }
        }
    }

    private static AttributeValue add(Optional<AttributeValue> current, AttributeValue operand) {
        if (current.isEmpty()) {
            return operand;
        }
        AttributeValue existing = current.get();
        if (existing.type() != operand.type()) {
            throw new ValidationException(UpdateEvaluator.INCORRECT_TYPE);
        }
        if (existing instanceof AttributeValue.NumberValue number) {
            return NumberArithmetic.add(number, (AttributeValue.NumberValue) operand);
        }
        if (existing instanceof AttributeValue.StringSetValue strings) {
            return new AttributeValue.StringSetValue(
                    union(strings.values(), ((AttributeValue.StringSetValue) operand).values()));
        }
        if (existing instanceof AttributeValue.NumberSetValue numbers) {
            return new AttributeValue.NumberSetValue(
                    union(numbers.values(), ((AttributeValue.NumberSetValue) operand).values()));
        }
        return new AttributeValue.BinarySetValue(union(
                ((AttributeValue.BinarySetValue) existing).values(),
                ((AttributeValue.BinarySetValue) operand).values()));
    }

    /** The set left after taking out the operand's elements; empty when none remain. */
    private static Optional<AttributeValue> delete(AttributeValue existing, AttributeValue operand) {
        if (existing.type() != operand.type()) {
            throw new ValidationException(UpdateEvaluator.INCORRECT_TYPE);
        }
        if (existing instanceof AttributeValue.StringSetValue strings) {
            Set<String> rest = difference(strings.values(), ((AttributeValue.StringSetValue) operand).values());
            return rest.isEmpty() ? Optional.empty() : Optional.of(new AttributeValue.StringSetValue(rest));
        }
        if (existing instanceof AttributeValue.NumberSetValue numbers) {
            Set<AttributeValue.NumberValue> rest =
                    difference(numbers.values(), ((AttributeValue.NumberSetValue) operand).values());
            return rest.isEmpty() ? Optional.empty() : Optional.of(new AttributeValue.NumberSetValue(rest));
        }
        Set<AttributeValue.BinaryValue> rest = difference(
                ((AttributeValue.BinarySetValue) existing).values(),
                ((AttributeValue.BinarySetValue) operand).values());
        return rest.isEmpty() ? Optional.empty() : Optional.of(new AttributeValue.BinarySetValue(rest));
    }

    private static <T> Set<T> union(Set<T> existing, Set<T> added) {
        Set<T> result = new LinkedHashSet<>(existing);
        result.addAll(added);
        return result;
    }

    private static <T> Set<T> difference(Set<T> existing, Set<T> removed) {
        Set<T> result = new LinkedHashSet<>(existing);
        result.removeAll(removed);
        return result;
    }
}
