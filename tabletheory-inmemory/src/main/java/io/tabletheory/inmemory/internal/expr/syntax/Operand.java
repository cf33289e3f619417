package io.tabletheory.inmemory.internal.expr.syntax;

import java.util.Objects;

/**
 * A value-producing term of a condition: an attribute of the item at a document path, an expression attribute
 * value ({@code :v}), or {@code size(...)} of another operand. Part of the condition AST ({@link Condition}); later
 * grammars (update expressions) add their own operand forms next to these.
 */
public sealed interface Operand permits Operand.Path, Operand.Value, Operand.Size {

    /** Calls the {@code visitor} method for this operand's kind. */
    <R> R accept(Visitor<R> visitor);

    /**
     * An operation on operands, one method per kind and no defaults, so that a new kind is a compile error
     * in every operation until it handles it.
     */
    interface Visitor<R> {
        R visitPath(Path operand);

        R visitValue(Value operand);

        R visitSize(Size operand);
    }

    /** The item's attribute at {@code path}; missing when the item has none there. */
    record Path(DocumentPath path) implements Operand {
        public Path {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitPath(this);
        }
    }

    /** An expression attribute value, {@code :name}. */
    record Value(String token) implements Operand {
        public Value {
            Objects.requireNonNull(token, "token");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitValue(this);
        }
    }

    /** {@code size(argument)}: a number, or missing when the argument has no size. */
    record Size(Operand argument) implements Operand {
        public Size {
            Objects.requireNonNull(argument, "argument");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitSize(this);
        }
    }
}
