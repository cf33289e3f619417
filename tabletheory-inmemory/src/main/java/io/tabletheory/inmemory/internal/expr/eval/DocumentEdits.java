package io.tabletheory.inmemory.internal.expr.eval;

import io.tabletheory.api.error.ValidationException;
import io.tabletheory.api.value.AttributeType;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.inmemory.internal.item.CollectionViews;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The puts and removes of one update, collected against the item as it was before the update and then applied in
 * one pass, as DynamoDB applies them: list indexes always mean positions in the original list (so {@code REMOVE
 * l[1], l[2]} removes two original elements, and {@code SET l[3]} after a removal still replaces the original fourth
 * element), a put past the end of a list appends (several in index order), and removing a missing element or key
 * changes nothing. The {@link UpdateApplier} part of the update engine; paths never overlap (the checker made sure).
 */
final class DocumentEdits {
    static final String INVALID_PATH = "The document path provided in the update expression is invalid for update";

    /** The type a step's parent must have: a map for a key, a list for an index. */
    private static final ResolvedPath.Step.Visitor<AttributeType> PARENT_TYPE = new ResolvedPath.Step.Visitor<>() {
        @Override
        public AttributeType visitKey(ResolvedPath.Key key) {
            return AttributeType.M;
        }

        @Override
        public AttributeType visitIndex(ResolvedPath.Index index) {
            return AttributeType.L;
        }
    };

    private final Map<String, AttributeValue> original;
    private final Node root = new Node();

    DocumentEdits(Map<String, AttributeValue> original) {
        this.original = original;
    }

    /**
     * Rejects a path whose parent does not exist in the original item or is not a map (for a key step) or a list
     * (for an index step).
     *
     * @throws ValidationException {@code The document path provided in the update expression is invalid for update}
     */
    void checkParent(ResolvedPath path) {
        List<ResolvedPath.Step> steps = path.steps();
        if (steps.size() == 1) {
            return;
        }
        Optional<AttributeValue> parent = new ResolvedPath(steps.subList(0, steps.size() - 1)).find(original);
        ResolvedPath.Step last = steps.get(steps.size() - 1);
        boolean fits = parent.isPresent() && parent.get().type() == last.accept(PARENT_TYPE);
        if (!fits) {
            throw new ValidationException(INVALID_PATH);
        }
    }

    /** Puts {@code value} at {@code path} (replacing, adding a key, or appending past a list's end). */
    void put(ResolvedPath path, AttributeValue value) {
        checkParent(path);
        node(path).put = value;
    }

    /** Removes whatever is at {@code path}; nothing when it is missing. */
    void remove(ResolvedPath path) {
        checkParent(path);
        node(path).remove = true;
    }

    /** The original item with every edit applied. */
    Map<String, AttributeValue> result() {
        return applyToMap(original, root);
    }

    private Node node(ResolvedPath path) {
        Node node = root;
        for (ResolvedPath.Step step : path.steps()) {
            node = node.child(step);
        }
        return node;
    }

    private static Map<String, AttributeValue> applyToMap(Map<String, AttributeValue> map, Node node) {
        Map<String, AttributeValue> result = new LinkedHashMap<>(map);
        node.keys.forEach((name, child) -> {
            if (child.remove) {
                result.remove(name);
            } else if (child.put != null) {
                result.put(name, child.put);
            } else {
                result.put(name, applyToValue(map.get(name), child));
            }
        });
        return result;
    }

    private static AttributeValue applyToValue(AttributeValue value, Node node) {
        AttributeValue.MapValue map = CollectionViews.map(value);
        if (map != null) {
            return AttributeValue.ofMap(applyToMap(map.values(), node));
        }
        List<AttributeValue> elements = CollectionViews.list(value).values();
        List<AttributeValue> result = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            Node child = node.indexes.get(i);
            if (child == null) {
                result.add(elements.get(i));
            } else if (child.put != null) {
                result.add(child.put);
            } else if (!child.remove) {
                result.add(applyToValue(elements.get(i), child));
            }
        }
        node.indexes.tailMap(elements.size()).values().forEach(child -> {
            if (child.put != null) {
                result.add(child.put);
            }
        });
        return AttributeValue.ofList(result);
    }

    /** A node of the tree of edited paths: an edit at a leaf, children below it otherwise. */
    private static final class Node implements ResolvedPath.Step.Visitor<Node> {
        private final Map<String, Node> keys = new LinkedHashMap<>();
        private final TreeMap<Integer, Node> indexes = new TreeMap<>();
        private AttributeValue put;
        private boolean remove;

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
    }
}
