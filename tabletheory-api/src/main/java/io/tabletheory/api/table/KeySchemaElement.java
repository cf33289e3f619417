package io.tabletheory.api.table;

import java.util.Objects;

/**
 * One attribute of a key schema.
 *
 * @param attributeName the attribute
 * @param keyType its role: partition ({@code HASH}) or sort ({@code RANGE}) key
 */
public record KeySchemaElement(String attributeName, KeyType keyType) {
    public KeySchemaElement {
        Objects.requireNonNull(attributeName, "attributeName");
        Objects.requireNonNull(keyType, "keyType");
    }
}
