package io.tabletheory.inmemory.internal.expr.eval;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.expr.syntax.DocumentPath;
import io.tabletheory.inmemory.internal.expr.syntax.PathElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A document path with its {@code #name} placeholders replaced by the request's ExpressionAttributeNames: the
 * steps that locate a value inside an item. A placeholder that maps to {@code a.b} names the literal attribute
 * {@code "a.b"}, never a nested path. Prints as DynamoDB prints paths in messages: {@code [a, b, [1]]}.
 *
 * @param steps map keys and list indexes, from the item's top level down
 */
public record ResolvedPath(List<ResolvedPath.Step> steps) {
    public ResolvedPath {
        steps = List.copyOf(steps);
    }

    /** One step: a map key (or top-level attribute name) or a list index. */
    public sealed interface Step permits Key, Index {}

    /** A map key or attribute name. */
    public record Key(String name) implements Step {
        public Key {
            Objects.requireNonNull(name, "name");
        }
    }

    /** A list index. */
    public record Index(int index) implements Step {}

    /**
     * Resolves {@code path} against {@code names}.
     *
     * @throws IllegalStateException if a placeholder is not defined (callers check definitions first)
     */
    public static ResolvedPath of(DocumentPath path, Map<String, String> names) {
        List<Step> steps = new ArrayList<>();
        for (PathElement element : path.elements()) {
            if (element instanceof PathElement.Name name) {
                steps.add(new Key(name.name()));
            } else if (element instanceof PathElement.Placeholder placeholder) {
                String name = names.get(placeholder.token());
                if (name == null) {
                    throw new IllegalStateException("undefined placeholder " + placeholder.token());
                }
                steps.add(new Key(name));
            } else {
                steps.add(new Index(((PathElement.Index) element).index()));
            }
        }
        return new ResolvedPath(steps);
    }

    /** The value at this path in {@code item}; empty when a step is missing or the shape does not match. */
    public Optional<AttributeValue> find(Map<String, AttributeValue> item) {
        Step first = steps.get(0);
        AttributeValue current = item.get(((Key) first).name());
        for (int i = 1; i < steps.size() && current != null; i++) {
            Step step = steps.get(i);
            if (step instanceof Key key) {
                current = current instanceof AttributeValue.MapValue map
                        ? map.values().get(key.name())
                        : null;
            } else {
                int index = ((Index) step).index();
                current = current instanceof AttributeValue.ListValue list
                                && index < list.values().size()
                        ? list.values().get(index)
                        : null;
            }
        }
        return Optional.ofNullable(current);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < steps.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            Step step = steps.get(i);
            if (step instanceof Key key) {
                out.append(key.name());
            } else {
                out.append('[').append(((Index) step).index()).append(']');
            }
        }
        return out.append(']').toString();
    }
}
