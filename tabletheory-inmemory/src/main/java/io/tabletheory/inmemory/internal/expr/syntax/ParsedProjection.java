package io.tabletheory.inmemory.internal.expr.syntax;

import java.util.List;

/**
 * A projection expression that passed every parse-time check, as cached by {@code ExpressionCache}: its paths in
 * order and its {@code #name} placeholders in text order.
 *
 * @param paths the projected document paths, at least one
 * @param placeholders the placeholders in the order they appear, repeats included
 */
public record ParsedProjection(List<DocumentPath> paths, List<String> placeholders) {
    public ParsedProjection {
        paths = List.copyOf(paths);
        placeholders = List.copyOf(placeholders);
    }
}
