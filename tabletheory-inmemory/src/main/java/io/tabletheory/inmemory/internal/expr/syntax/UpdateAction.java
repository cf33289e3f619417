package io.tabletheory.inmemory.internal.expr.syntax;

import java.util.Objects;

/**
 * One action of an UpdateExpression, the AST built by {@code UpdateParser}: {@code SET path = value}, {@code REMOVE
 * path}, {@code ADD path :v} or {@code DELETE path :v}. A parsed update is the list of its actions in text order; the
 * actions of one clause are consecutive. Checked by {@code UpdateChecker}, applied by {@code UpdateApplier}, printed
 * by {@code UpdatePrinter}.
 */
public sealed interface UpdateAction
        permits UpdateAction.Set, UpdateAction.Remove, UpdateAction.Add, UpdateAction.Delete {

    /** Calls the {@code visitor} method for this action's kind. */
    <R> R accept(Visitor<R> visitor);

    /**
     * An operation on actions, one method per kind and no defaults, so that a new kind is a compile error
     * in every operation until it handles it.
     */
    interface Visitor<R> {
        R visitSet(Set action);

        R visitRemove(Remove action);

        R visitAdd(Add action);

        R visitDelete(Delete action);
    }

    /** The document path the action changes. */
    DocumentPath path();

    /** The clause the action belongs to. */
    Clause clause();

    /** The four clauses of an update expression, each allowed once. */
    enum Clause {
        SET,
        REMOVE,
        ADD,
        DELETE
    }

    /** {@code SET path = value}. */
    record Set(DocumentPath path, UpdateValue value) implements UpdateAction {
        public Set {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Clause clause() {
            return Clause.SET;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitSet(this);
        }
    }

    /** {@code REMOVE path}. */
    record Remove(DocumentPath path) implements UpdateAction {
        public Remove {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public Clause clause() {
            return Clause.REMOVE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitRemove(this);
        }
    }

    /** {@code ADD path :value}: adds to a number or unites with a set, creating the attribute when missing. */
    record Add(DocumentPath path, String value) implements UpdateAction {
        public Add {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Clause clause() {
            return Clause.ADD;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitAdd(this);
        }
    }

    /** {@code DELETE path :value}: removes the value's elements from a set. */
    record Delete(DocumentPath path, String value) implements UpdateAction {
        public Delete {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Clause clause() {
            return Clause.DELETE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitDelete(this);
        }
    }
}
