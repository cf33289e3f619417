package io.tabletheory.inmemory.internal.expr.eval;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.expr.syntax.UpdateAction;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    private final SetValues setValues = new SetValues();

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
        AttributeValue[] computed = new AttributeValue[actions.size()];
        for (int i = 0; i < actions.size(); i++) {
            computed[i] = actions.get(i).accept(setValues);
        }
        for (int i = actions.size() - 1; i >= 0; i--) {
            actions.get(i).accept(new Edit(targets.get(i), computed[i]));
        }
    }

    /** The value a SET action stores (null when an attribute it reads is missing); null for the other actions. */
    private final class SetValues implements UpdateAction.Visitor<AttributeValue> {
        @Override
        public AttributeValue visitSet(UpdateAction.Set set) {
            return evaluator.evaluate(set.value()).orElse(null);
        }

        @Override
        public AttributeValue visitRemove(UpdateAction.Remove remove) {
            return null;
        }

        @Override
        public AttributeValue visitAdd(UpdateAction.Add add) {
            return null;
        }

        @Override
        public AttributeValue visitDelete(UpdateAction.Delete delete) {
            return null;
        }
    }

    /** Applies one action at its target, given the value SET computed for it. */
    private final class Edit implements UpdateAction.Visitor<Void> {
        private final ResolvedPath target;
        private final AttributeValue computed;

        Edit(ResolvedPath target, AttributeValue computed) {
            this.target = target;
            this.computed = computed;
        }

        @Override
        public Void visitSet(UpdateAction.Set set) {
            if (computed == null) {
                throw new ValidationException(MISSING_ATTRIBUTE);
            }
            edits.put(target, computed);
            return null;
        }

        @Override
        public Void visitRemove(UpdateAction.Remove remove) {
            edits.remove(target);
            return null;
        }

        @Override
        public Void visitAdd(UpdateAction.Add add) {
            edits.checkParent(target);
            edits.put(target, AddDeleteArithmetic.add(target.find(item), values.get(add.value())));
            return null;
        }

        @Override
        public Void visitDelete(UpdateAction.Delete delete) {
            edits.checkParent(target);
            Optional<AttributeValue> current = target.find(item);
            if (current.isPresent()) {
                Optional<AttributeValue> rest = AddDeleteArithmetic.delete(current.get(), values.get(delete.value()));
                if (rest.isPresent()) {
                    edits.put(target, rest.get());
                } else {
                    edits.remove(target);
                }
            }
            return null;
        }
    }
}
