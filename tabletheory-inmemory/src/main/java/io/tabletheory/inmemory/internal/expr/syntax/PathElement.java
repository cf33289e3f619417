package io.tabletheory.inmemory.internal.expr.syntax;

import java.util.Objects;

/**
 * One step of a {@link DocumentPath} as written: a bare attribute name, an expression attribute name placeholder
 * (resolved against ExpressionAttributeNames at evaluation), or a list index.
 */
public sealed interface PathElement permits PathElement.Name, PathElement.Placeholder, PathElement.Index {

    /** Calls the {@code visitor} method for this element's kind. */
    <R> R accept(Visitor<R> visitor);

    /**
     * An operation on elements, one method per kind and no defaults, so that a new kind is a compile error
     * in every operation until it handles it.
     */
    interface Visitor<R> {
        R visitName(Name element);

        R visitPlaceholder(Placeholder element);

        R visitIndex(Index element);
    }

    /** A bare attribute name, such as {@code color}. */
    record Name(String name) implements PathElement {
        public Name {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitName(this);
        }
    }

    /** A {@code #name} placeholder. */
    record Placeholder(String token) implements PathElement {
        public Placeholder {
            Objects.requireNonNull(token, "token");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitPlaceholder(this);
        }
    }

    /** A list index, {@code [n]}. */
    record Index(int index) implements PathElement {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitIndex(this);
        }
    }
}
