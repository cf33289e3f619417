package io.tabletheory.api.request;

import io.tabletheory.api.internal.Immutables;
import io.tabletheory.api.value.AttributeValue;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One read of a TransactGetItems.
 *
 * @param tableName the table
 * @param key the full primary key
 * @param projectionExpression the attributes to return; all by default
 * @param expressionAttributeNames substitutions for {@code #name} tokens in the projection
 */
public record TransactGetItem(
        String tableName,
        Map<String, AttributeValue> key,
        Optional<String> projectionExpression,
        Map<String, String> expressionAttributeNames) {
    public TransactGetItem {
        Objects.requireNonNull(tableName, "tableName");
        key = Immutables.orderedMap(key, "key");
        projectionExpression = RequestDefaults.absentIfNull(projectionExpression);
        expressionAttributeNames = Immutables.orderedMap(expressionAttributeNames, "expressionAttributeNames");
    }

    /** A read of the whole item with this key. */
    public static TransactGetItem of(String tableName, Map<String, AttributeValue> key) {
        return new TransactGetItem(tableName, key, Optional.empty(), Map.of());
    }
}
