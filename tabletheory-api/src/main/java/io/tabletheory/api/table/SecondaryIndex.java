package io.tabletheory.api.table;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A secondary index of a table, global (its own partition key) or local (the table's partition key, another sort
 * key).
 *
 * @param indexName the index name, unique within the table
 * @param keySchema the index's key: a HASH element, optionally followed by a RANGE element
 * @param projection the attributes the index holds
 */
public record SecondaryIndex(String indexName, List<KeySchemaElement> keySchema, Projection projection) {
    public SecondaryIndex {
        Objects.requireNonNull(indexName, "indexName");
        keySchema = List.copyOf(keySchema);
        Objects.requireNonNull(projection, "projection");
    }

    /** The index's partition key attribute; empty only in an invalid schema. */
    public Optional<String> partitionKey() {
        return KeySchemas.attribute(keySchema, KeyType.HASH);
    }

    /** The index's sort key attribute, when it has one. */
    public Optional<String> sortKey() {
        return KeySchemas.attribute(keySchema, KeyType.RANGE);
    }
}
