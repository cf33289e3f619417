package io.tabletheory.api.table;

import java.util.List;
import java.util.Optional;

/** Lookups in a key schema list. */
final class KeySchemas {
    private KeySchemas() {}

    static Optional<String> attribute(List<KeySchemaElement> keySchema, KeyType keyType) {
        return keySchema.stream()
                .filter(element -> element.keyType() == keyType)
                .map(KeySchemaElement::attributeName)
                .findFirst();
    }
}
