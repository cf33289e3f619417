package io.tabletheory.engine.internal.expression;

import io.tabletheory.api.value.AttributeValue;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The changes of one UpdateItem, as an immutable list of actions that {@link ExpressionBuilder} renders into an
 * UpdateExpression with centrally allocated placeholders.
 *
 * @param actions the actions, in the order they were added (rendered grouped by clause)
 */
public record Update(List<Update.Action> actions) {
    public Update {
        actions = List.copyOf(actions);
    }

    /** Whether there is nothing to change. */
    public boolean isEmpty() {
        return actions.isEmpty();
    }

    /** This update with one more action. */
    public Update with(Action action) {
        java.util.ArrayList<Action> all = new java.util.ArrayList<>(actions);
        all.add(action);
        return new Update(all);
    }

    /**
     * A top-level attribute, or one element of a list attribute.
     *
     * @param attribute the attribute name
     * @param index the list element, when the path addresses one
     */
    public record Path(String attribute, OptionalInt index) {
        public Path {
            Objects.requireNonNull(attribute, "attribute");
            Objects.requireNonNull(index, "index");
        }

        /** The whole attribute. */
        public static Path of(String attribute) {
            return new Path(attribute, OptionalInt.empty());
        }

        /** One element of a list attribute. */
        public static Path element(String attribute, int index) {
            if (index < 0) {
                throw new IllegalArgumentException("a list index is zero or more, not " + index);
            }
            return new Path(attribute, OptionalInt.of(index));
        }
    }

    /** One change. */
    public sealed interface Action {
        /**
         * Calls the method of {@code visitor} that handles this kind of action; a new kind then fails to compile
         * wherever actions are handled.
         */
        <R> R accept(Visitor<R> visitor);
    }

    /**
     * An operation on update actions, one method per kind, called by {@link Action#accept}; deliberately without
     * defaults.
     *
     * @param <R> what the operation returns
     */
    public interface Visitor<R> {
        /** Handles {@link Set}. */
        R visitSet(Set action);

        /** Handles {@link SetIfNotExists}. */
        R visitSetIfNotExists(SetIfNotExists action);

        /** Handles {@link Increment}. */
        R visitIncrement(Increment action);

        /** Handles {@link AppendToList}. */
        R visitAppendToList(AppendToList action);

        /** Handles {@link Remove}. */
        R visitRemove(Remove action);

        /** Handles {@link Add}. */
        R visitAdd(Add action);

        /** Handles {@link Delete}. */
        R visitDelete(Delete action);
    }

    /** {@code SET path = value}. */
    public record Set(Path path, AttributeValue value) implements Action {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitSet(this);
        }
    }

    /** {@code SET path = if_not_exists(path, value)}: writes only when the attribute is absent. */
    public record SetIfNotExists(Path path, AttributeValue value) implements Action {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitSetIfNotExists(this);
        }
    }

    /** {@code SET path = path + amount}, or {@code SET path = if_not_exists(path, start) + amount} with a start. */
    public record Increment(Path path, AttributeValue amount, java.util.Optional<AttributeValue> start)
            implements Action {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitIncrement(this);
        }
    }

    /** {@code SET path = list_append(path, values)}, or with the values first when prepending. */
    public record AppendToList(Path path, AttributeValue values, boolean prepend) implements Action {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitAppendToList(this);
        }
    }

    /** {@code REMOVE path}. */
    public record Remove(Path path) implements Action {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitRemove(this);
        }
    }

    /** {@code ADD path value}: adds to a number (a missing one counts as 0) or unions into a set. */
    public record Add(Path path, AttributeValue value) implements Action {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitAdd(this);
        }
    }

    /** {@code DELETE path value}: removes elements from a set. */
    public record Delete(Path path, AttributeValue value) implements Action {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitDelete(this);
        }
    }
}
