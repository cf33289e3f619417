package io.tabletheory.engine.internal.expression;

import io.tabletheory.api.value.AttributeValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders condition trees into DynamoDB expression text for one request, allocating every placeholder centrally:
 * attribute names become {@code #n0, #n1, ...} (one per distinct name), values become {@code :v0, :v1, ...}.
 * Rendering is deterministic, so the same call always produces the same expression (which keeps a backend's parse
 * cache hot). One builder per request; not thread-safe.
 */
public final class ExpressionBuilder {
    private final Map<String, String> placeholderByName = new LinkedHashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, AttributeValue> values = new LinkedHashMap<>();

    /** The placeholder for an attribute name, allocating it on first use. */
    public String name(String attribute) {
        return placeholderByName.computeIfAbsent(attribute, name -> {
            String placeholder = "#n" + names.size();
            names.put(placeholder, name);
            return placeholder;
        });
    }

    /** A new placeholder for a value. */
    public String value(AttributeValue value) {
        String placeholder = ":v" + values.size();
        values.put(placeholder, value);
        return placeholder;
    }

    /** The condition in DynamoDB syntax. */
    public String render(Condition condition) {
        return condition.accept(new ConditionRenderer(this));
    }

    /** A projection expression naming these attributes: {@code #n0, #n1}. */
    public String projection(List<String> attributes) {
        StringBuilder out = new StringBuilder();
        String separator = "";
        for (String attribute : attributes) {
            out.append(separator).append(name(attribute));
            separator = ", ";
        }
        return out.toString();
    }

    /** The update in DynamoDB syntax: its SET, REMOVE, ADD and DELETE sections, always in that order. */
    public String render(Update update) {
        return UpdateRenderer.render(update, this);
    }

    /** The {@code ExpressionAttributeNames} of everything rendered so far. */
    public Map<String, String> names() {
        return names.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(names));
    }

    /** The {@code ExpressionAttributeValues} of everything rendered so far. */
    public Map<String, AttributeValue> values() {
        return values.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
