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
 * @param attributesToGet the classic projection ({@code AttributesToGet}): top-level attributes to return; empty for
 *     all, and never together with {@code projectionExpression}
 */
public record KeysAndAttributes(
        List<Map<String, AttributeValue>> keys,
        boolean consistentRead,
        Optional<String> projectionExpression,
        Map<String, String> expressionAttributeNames,
        List<String> attributesToGet) {

    public KeysAndAttributes {
        keys = keys.stream().map(key -> Immutables.orderedMap(key, "key")).toList();
        projectionExpression = RequestDefaults.absentIfNull(projectionExpression);
        expressionAttributeNames = Immutables.orderedMap(expressionAttributeNames, "expressionAttributeNames");
        attributesToGet = attributesToGet == null ? List.of() : List.copyOf(attributesToGet);
    }

    /** Keys read without the classic projection (the form before {@code attributesToGet} existed). */
    public KeysAndAttributes(
            List<Map<String, AttributeValue>> keys,
            boolean consistentRead,
            Optional<String> projectionExpression,
            Map<String, String> expressionAttributeNames) {
        this(keys, consistentRead, projectionExpression, expressionAttributeNames, List.of());
    }

    /** Eventually consistent reads of whole items. */
    public static KeysAndAttributes of(List<Map<String, AttributeValue>> keys) {
        return new KeysAndAttributes(keys, false, Optional.empty(), Map.of());
    }
}
