package io.tabletheory.api.request;

import io.tabletheory.api.internal.Immutables;
import io.tabletheory.api.value.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys to read from one table in a BatchGetItem, and how to read them.
 *
 * @param keys full primary keys, at most 100 per request across all tables, no duplicates
 * @param consistentRead strongly consistent reads when true
 * @param projectionExpression the attributes to return; all by default
 * @param expressionAttributeNames substitutions for {@code #name} tokens in the projection
 */
public record KeysAndAttributes(
        List<Map<String, AttributeValue>> keys,
        boolean consistentRead,
        Optional<String> projectionExpression,
        Map<String, String> expressionAttributeNames) {

    public KeysAndAttributes {
        keys = keys.stream().map(key -> Immutables.orderedMap(key, "key")).toList();
        projectionExpression = RequestDefaults.absentIfNull(projectionExpression);
        expressionAttributeNames = Immutables.orderedMap(expressionAttributeNames, "expressionAttributeNames");
    }

    /** Eventually consistent reads of whole items. */
    public static KeysAndAttributes of(List<Map<String, AttributeValue>> keys) {
        return new KeysAndAttributes(keys, false, Optional.empty(), Map.of());
    }
}
