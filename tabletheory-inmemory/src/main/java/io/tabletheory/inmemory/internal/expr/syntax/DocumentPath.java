package io.tabletheory.inmemory.internal.expr.syntax;

import java.util.List;

/**
 * A document path as written in an expression ({@code a.#b[1].c}): the first element is a name or placeholder,
 * the rest add map keys or list indexes. Resolved against a request's names by {@code ResolvedPath.of}.
 *
 * @param elements the steps, at least one
 */
public record DocumentPath(List<PathElement> elements) {
    private static final PathElement.Visitor<Boolean> NAMES_AN_ATTRIBUTE = new PathElement.Visitor<>() {
        @Override
        public Boolean visitName(PathElement.Name element) {
            return true;
        }

        @Override
        public Boolean visitPlaceholder(PathElement.Placeholder element) {
            return true;
        }

        @Override
        public Boolean visitIndex(PathElement.Index element) {
            return false;
        }
    };

    public DocumentPath {
        elements = List.copyOf(elements);
        if (elements.isEmpty() || !elements.get(0).accept(NAMES_AN_ATTRIBUTE)) {
            throw new IllegalArgumentException("a document path starts with a name: " + elements);
        }
    }
}
