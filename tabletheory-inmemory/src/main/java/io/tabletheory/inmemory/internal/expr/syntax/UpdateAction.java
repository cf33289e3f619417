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
    }
}
