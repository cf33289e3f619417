package io.tabletheory.inmemory.internal.expr.syntax;

import java.util.List;

/**
 * A document path as written in an expression ({@code a.#b[1].c}): the first element is a name or placeholder,
 * the rest add map keys or list indexes. Resolved against a request's names by {@code ResolvedPath.of}.
 *
 * @param elements the steps, at least one
 */
public record DocumentPath(List<PathElement> elements) {
    public DocumentPath {
        elements = List.copyOf(elements);
        if (elements.isEmpty() || elements.get(0) instanceof PathElement.Index) {
            throw new IllegalArgumentException("a document path starts with a name: " + elements);
        }
    }
}
