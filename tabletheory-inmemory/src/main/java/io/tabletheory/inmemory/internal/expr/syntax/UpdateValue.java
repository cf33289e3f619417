package io.tabletheory.inmemory.internal.expr.syntax;

import java.util.Objects;

/**
 * The right-hand side of a {@code SET} action (part of the update AST, {@link UpdateAction}): an attribute of the
 * item, an expression attribute value, {@code if_not_exists}, {@code list_append}, or one {@code +} / {@code -} of
 * two such operands. The parser allows {@code +}/{@code -} only at the top of a value and {@code list_append} only as
 * the whole value; parentheses are not nodes.
 */
public sealed interface UpdateValue
        permits UpdateValue.Path,
                UpdateValue.Value,
                UpdateValue.IfNotExists,
                UpdateValue.ListAppend,
                UpdateValue.Plus,
                UpdateValue.Minus {

    /** The kinds of values, for code that needs only the kind (a switch expression without default). */
    enum Kind {
        PATH,
        VALUE,
        IF_NOT_EXISTS,
        LIST_APPEND,
        PLUS,
        MINUS
    }

    /** This value's kind. */
    Kind kind();

    /** Calls the {@code visitor} method for this value's kind. */
    <R> R accept(Visitor<R> visitor);

    /**
     * An operation on values, one method per kind and no defaults, so that a new kind is a compile error
     * in every operation until it handles it.
     */
    interface Visitor<R> {
        R visitPath(Path value);

        R visitValue(Value value);

        R visitIfNotExists(IfNotExists value);

        R visitListAppend(ListAppend value);

        R visitPlus(Plus value);

        R visitMinus(Minus value);
    }

    /** The item's attribute at {@code path} (read from the item as it was before the update). */
    record Path(DocumentPath path) implements UpdateValue {
        public Path {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public Kind kind() {
            return Kind.PATH;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitPath(this);
        }
    }

    /** An expression attribute value, {@code :name}. */
    record Value(String token) implements UpdateValue {
        public Value {
            Objects.requireNonNull(token, "token");
        }

        @Override
        public Kind kind() {
            return Kind.VALUE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitValue(this);
        }
    }

    /** {@code if_not_exists(path, fallback)}; the checker requires {@code path} to be a document path. */
    record IfNotExists(UpdateValue path, UpdateValue fallback) implements UpdateValue {
        public IfNotExists {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(fallback, "fallback");
        }

        @Override
        public Kind kind() {
            return Kind.IF_NOT_EXISTS;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitIfNotExists(this);
        }
    }

    /** {@code list_append(first, second)}: the elements of both lists, first's before second's. */
    record ListAppend(UpdateValue first, UpdateValue second) implements UpdateValue {
        public ListAppend {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
        }

        @Override
        public Kind kind() {
            return Kind.LIST_APPEND;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitListAppend(this);
        }
    }

    /** {@code left + right} on numbers. */
    record Plus(UpdateValue left, UpdateValue right) implements UpdateValue {
        public Plus {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }

        @Override
        public Kind kind() {
            return Kind.PLUS;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitPlus(this);
        }
    }

    /** {@code left - right} on numbers. */
    record Minus(UpdateValue left, UpdateValue right) implements UpdateValue {
        public Minus {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }

        @Override
        public Kind kind() {
            return Kind.MINUS;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitMinus(this);
        }
    }
}
