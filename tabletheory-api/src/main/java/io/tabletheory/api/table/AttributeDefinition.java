package io.tabletheory.api.table;

import java.util.Objects;

/**
 * The type of an attribute used in a key of the table or of an index.
 *
 * @param attributeName the attribute
 * @param attributeType its type: S, N or B
 */
public record AttributeDefinition(String attributeName, ScalarAttributeType attributeType) {
    public AttributeDefinition {
        Objects.requireNonNull(attributeName, "attributeName");
        Objects.requireNonNull(attributeType, "attributeType");
    }
}
