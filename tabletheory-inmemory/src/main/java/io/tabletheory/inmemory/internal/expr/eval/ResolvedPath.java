package io.tabletheory.inmemory.internal.expr.eval;

import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.expr.syntax.DocumentPath;
import io.tabletheory.inmemory.internal.expr.syntax.PathElement;
import io.tabletheory.inmemory.internal.item.CollectionViews;
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
    private static final Step.Visitor<String> ATTRIBUTE_NAME = new Step.Visitor<>() {
        @Override
        public String visitKey(Key key) {
            return key.name();
        }

        @Override
        public String visitIndex(Index index) {
            throw new IllegalStateException("a document path starts with an attribute name, not " + index);
        }
    };

    public ResolvedPath {
        steps = List.copyOf(steps);
    }

    /** One step: a map key (or top-level attribute name) or a list index. */
    public sealed interface Step permits Key, Index {
        /** The element this step selects in {@code value}, or null when {@code value} has no such element. */
        AttributeValue childOf(AttributeValue value);

        /** Calls the {@code visitor} method for this step's kind. */
        <R> R accept(Visitor<R> visitor);

        /**
         * An operation on steps, one method per kind and no defaults, so that a new kind is a compile error in
         * every operation until it handles it.
         */
        interface Visitor<R> {
            R visitKey(Key key);

            R visitIndex(Index index);
        }
    }

    /** A map key or attribute name. */
    public record Key(String name) implements Step {
        public Key {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public AttributeValue childOf(AttributeValue value) {
            AttributeValue.MapValue map = CollectionViews.map(value);
            return map == null ? null : map.values().get(name);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitKey(this);
        }
    }

    /** A list index. */
    public record Index(int index) implements Step {
        @Override
        public AttributeValue childOf(AttributeValue value) {
            AttributeValue.ListValue list = CollectionViews.list(value);
            return list != null && index < list.values().size() ? list.values().get(index) : null;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitIndex(this);
        }
    }

    /**
     * Resolves {@code path} against {@code names}.
     *
     * @throws IllegalStateException if a placeholder is not defined (callers check definitions first)
     */
    public static ResolvedPath of(DocumentPath path, Map<String, String> names) {
        Resolver resolver = new Resolver(names);
        List<Step> steps = new ArrayList<>(path.elements().size());
        for (PathElement element : path.elements()) {
            steps.add(element.accept(resolver));
        }
        return new ResolvedPath(steps);
    }

    /** The top-level attribute the path starts with. */
    public String attribute() {
        return steps.get(0).accept(ATTRIBUTE_NAME);
    }

    /** The value at this path in {@code item}; empty when a step is missing or the shape does not match. */
    public Optional<AttributeValue> find(Map<String, AttributeValue> item) {
        AttributeValue current = item.get(attribute());
        for (int i = 1; i < steps.size() && current != null; i++) {
            current = steps.get(i).childOf(current);
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
            out.append(steps.get(i).accept(Printer.INSTANCE));
        }
        return out.append(']').toString();
    }

    /** Turns written path elements into steps, looking placeholders up in the request's names. */
    private record Resolver(Map<String, String> names) implements PathElement.Visitor<Step> {
        @Override
        public Step visitName(PathElement.Name name) {
            return new Key(name.name());
        }

        @Override
        public Step visitPlaceholder(PathElement.Placeholder placeholder) {
            String name = names.get(placeholder.token());
            if (name == null) {
                throw new IllegalStateException("undefined placeholder " + placeholder.token());
            }
            return new Key(name);
        }

        @Override
        public Step visitIndex(PathElement.Index index) {
            return new Index(index.index());
        }
    }

    /** A step as DynamoDB prints it in a path: the key, or the index in brackets. */
    private enum Printer implements Step.Visitor<String> {
        INSTANCE;

        @Override
        public String visitKey(Key key) {
            return key.name();
        }

        @Override
        public String visitIndex(Index index) {
            return "[" + index.index() + "]";
        }
    }
}
