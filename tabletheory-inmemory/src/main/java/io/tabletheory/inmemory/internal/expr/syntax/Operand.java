package io.tabletheory.inmemory.internal.expr.syntax;

import java.util.Objects;

/**
 * A value-producing term of a condition: an attribute of the item at a document path, an expression attribute
 * value ({@code :v}), or {@code size(...)} of another operand. Part of the condition AST ({@link Condition}); later
 * grammars (update expressions) add their own operand forms next to these.
 */
public sealed interface Operand permits Operand.Path, Operand.Value, Operand.Size {

    /** The kinds of operands, for code that needs only the kind (a switch expression without default). */
    enum Kind {
        PATH,
        VALUE,
        SIZE
    }

    /** This operand's kind. */
    Kind kind();

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
        public Kind kind() {
            return Kind.PATH;
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
        public Kind kind() {
            return Kind.VALUE;
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
        public Kind kind() {
            return Kind.SIZE;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitSize(this);
        }
    }
}
