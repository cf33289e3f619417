package io.tabletheory.inmemory.internal.expr.eval;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.expr.syntax.ExpressionKind;
import io.tabletheory.inmemory.internal.item.CollectionViews;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Applies a ProjectionExpression to an item as DynamoDB does: each path's value is returned inside its hierarchy
 * ({@code a.b[1].c} gives {@code {a: {b: [{c: ...}]}}}, elements of one list kept in index order), missing paths are
 * left out, and an item none of whose paths exist projects to an empty item. Before that, {@link #check} rejects
 * paths that overlap (one is a prefix of another) or conflict (a map key and a list index on the same parent).
 */
public final class Projector {
    private static final ResolvedPath.Step.Visitor<Boolean> IS_KEY = new ResolvedPath.Step.Visitor<>() {
        @Override
        public Boolean visitKey(ResolvedPath.Key key) {
            return true;
        }

        @Override
        public Boolean visitIndex(ResolvedPath.Index index) {
            return false;
        }
    };

    private final Node root = new Node();

    private Projector(List<ResolvedPath> paths) {
        for (ResolvedPath path : paths) {
            Node node = root;
            for (ResolvedPath.Step step : path.steps()) {
                node = node.child(step);
            }
            node.leaf = true;
        }
    }

    /**
     * Rejects overlapping or conflicting paths.
     *
     * @throws ValidationException with DynamoDB's message, naming the two paths
     */
    public static void check(List<ResolvedPath> paths, ExpressionKind kind) {
        for (int second = 1; second < paths.size(); second++) {
            for (int first = 0; first < second; first++) {
                compare(paths.get(first), paths.get(second), kind);
            }
        }
    }

    /** The projection of {@code item} on {@code paths} (already checked). */
    public static Map<String, AttributeValue> project(Map<String, AttributeValue> item, List<ResolvedPath> paths) {
        Projector projector = new Projector(paths);
        Map<String, AttributeValue> result = new LinkedHashMap<>();
        projector.root.keys.forEach((name, node) -> {
            AttributeValue value = item.get(name);
            if (value != null) {
                node.extract(value).ifPresent(extracted -> result.put(name, extracted));
            }
        });
        return result;
    }

    private static void compare(ResolvedPath one, ResolvedPath two, ExpressionKind kind) {
        int common = Math.min(one.steps().size(), two.steps().size());
        for (int i = 0; i < common; i++) {
            ResolvedPath.Step a = one.steps().get(i);
            ResolvedPath.Step b = two.steps().get(i);
            if (a.equals(b)) {
                continue;
            }
            if (a.accept(IS_KEY) != b.accept(IS_KEY)) {
                throw kind.invalid("Two document paths conflict with each other; must remove or rewrite one of these"
                        + " paths; path one: " + one + ", path two: " + two);
            }
            return;
        }
        throw kind.invalid("Two document paths overlap with each other; must remove or rewrite one of these paths;"
                + " path one: " + one + ", path two: " + two);
    }

    /** A node of the tree of projected paths. */
    private static final class Node implements ResolvedPath.Step.Visitor<Node> {
        private final Map<String, Node> keys = new LinkedHashMap<>();
        private final TreeMap<Integer, Node> indexes = new TreeMap<>();
        private boolean leaf;

        Node child(ResolvedPath.Step step) {
            return step.accept(this);
        }

        @Override
        public Node visitKey(ResolvedPath.Key key) {
            return keys.computeIfAbsent(key.name(), name -> new Node());
        }

        @Override
        public Node visitIndex(ResolvedPath.Index index) {
            return indexes.computeIfAbsent(index.index(), position -> new Node());
        }

        Optional<AttributeValue> extract(AttributeValue value) {
            if (leaf) {
                return Optional.of(value);
            }
            AttributeValue.MapValue map = keys.isEmpty() ? null : CollectionViews.map(value);
            if (map != null) {
                Map<String, AttributeValue> projected = new LinkedHashMap<>();
                keys.forEach((name, node) -> {
                    AttributeValue element = map.values().get(name);
                    if (element != null) {
                        node.extract(element).ifPresent(extracted -> projected.put(name, extracted));
                    }
                });
                return projected.isEmpty() ? Optional.empty() : Optional.of(AttributeValue.ofMap(projected));
            }
            AttributeValue.ListValue list = indexes.isEmpty() ? null : CollectionViews.list(value);
            if (list != null) {
                List<AttributeValue> projected = new ArrayList<>();
                indexes.forEach((index, node) -> {
                    if (index < list.values().size()) {
                        node.extract(list.values().get(index)).ifPresent(projected::add);
                    }
                });
                return projected.isEmpty() ? Optional.empty() : Optional.of(AttributeValue.ofList(projected));
            }
            return Optional.empty();
        }
    }
}
