package io.tabletheory.inmemory.internal.expr.syntax;

import java.util.Objects;

/**
 * One step of a {@link DocumentPath} as written: a bare attribute name, an expression attribute name placeholder
 * (resolved against ExpressionAttributeNames at evaluation), or a list index.
 */
public sealed interface PathElement permits PathElement.Name, PathElement.Placeholder, PathElement.Index {

    /** A bare attribute name, such as {@code color}. */
    record Name(String name) implements PathElement {
        public Name {
            Objects.requireNonNull(name, "name");
        }
    }

    /** A {@code #name} placeholder. */
    record Placeholder(String token) implements PathElement {
        public Placeholder {
            Objects.requireNonNull(token, "token");
        }
    }

    /** A list index, {@code [n]}. */
    record Index(int index) implements PathElement {}
}
