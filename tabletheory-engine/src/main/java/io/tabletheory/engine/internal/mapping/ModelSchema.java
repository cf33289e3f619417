package io.tabletheory.engine.internal.mapping;

import io.tabletheory.api.value.AttributeValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the engine knows about a model class: its table, key fields, lifecycle fields, indexes and the object
 * mapping. Built once per class by {@link SchemaFactory} and validated then; immutable and thread-safe.
 *
 * @param mapping how instances map to items
 * @param tableName the DynamoDB table
 * @param partitionKey the partition key field
 * @param sortKey the sort key field, when the table has one
 * @param version the {@code @Version} field
 * @param createdAt the {@code @CreatedAt} field
 * @param updatedAt the {@code @UpdatedAt} field
 * @param ttl the {@code @Ttl} field
 * @param indexes the global and local secondary indexes
 */
public record ModelSchema<T>(
        ObjectMapping<T> mapping,
        String tableName,
        FieldMapping partitionKey,
        Optional<FieldMapping> sortKey,
        Optional<FieldMapping> version,
        Optional<FieldMapping> createdAt,
        Optional<FieldMapping> updatedAt,
        Optional<FieldMapping> ttl,
        List<IndexDefinition> indexes) {

    public ModelSchema {
        indexes = List.copyOf(indexes);
    }

    /** The model class. */
    public Class<T> type() {
        return mapping.type();
    }

    /** The model class's simple name, for messages. */
    public String modelName() {
        return mapping.type().getSimpleName();
    }

    /** The key fields: the partition key and, when present, the sort key. */
    public List<FieldMapping> keyFields() {
        return sortKey.isPresent() ? List.of(partitionKey, sortKey.get()) : List.of(partitionKey);
    }

    /** The primary key of an item, taken from its attributes. */
    public Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (FieldMapping field : keyFields()) {
            AttributeValue value = item.get(field.attributeName());
            if (value != null) {
                key.put(field.attributeName(), value);
            }
        }
        return key;
    }
}
