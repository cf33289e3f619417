package io.tabletheory.api.table;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a table is: its name, keys, indexes and state.
 *
 * @param tableName the table
 * @param attributeDefinitions the types of the key attributes of the table and its indexes
 * @param keySchema the table's key: HASH, optionally followed by RANGE
 * @param globalSecondaryIndexes the global indexes
 * @param localSecondaryIndexes the local indexes
 * @param billingMode how it is billed
 * @param tableStatus its lifecycle state
 * @param itemCount the number of items (DynamoDB refreshes this about every six hours)
 */
public record TableDescription(
        String tableName,
        List<AttributeDefinition> attributeDefinitions,
        List<KeySchemaElement> keySchema,
        List<SecondaryIndex> globalSecondaryIndexes,
        List<SecondaryIndex> localSecondaryIndexes,
        BillingMode billingMode,
        TableStatus tableStatus,
        long itemCount) {

    public TableDescription {
        Objects.requireNonNull(tableName, "tableName");
        attributeDefinitions = List.copyOf(attributeDefinitions);
        keySchema = List.copyOf(keySchema);
        globalSecondaryIndexes = globalSecondaryIndexes == null ? List.of() : List.copyOf(globalSecondaryIndexes);
        localSecondaryIndexes = localSecondaryIndexes == null ? List.of() : List.copyOf(localSecondaryIndexes);
        billingMode = billingMode == null ? BillingMode.PAY_PER_REQUEST : billingMode;
        Objects.requireNonNull(tableStatus, "tableStatus");
    }

    /** The table's partition key attribute. */
    public String partitionKey() {
        return KeySchemas.attribute(keySchema, KeyType.HASH)
                .orElseThrow(() -> new IllegalStateException("table " + tableName + " has no HASH key"));
    }

    /** The table's sort key attribute, when it has one. */
    public Optional<String> sortKey() {
        return KeySchemas.attribute(keySchema, KeyType.RANGE);
    }

    /** The type of a key attribute of the table or an index. */
    public Optional<ScalarAttributeType> attributeType(String attributeName) {
        return attributeDefinitions.stream()
                .filter(definition -> definition.attributeName().equals(attributeName))
                .map(AttributeDefinition::attributeType)
                .findFirst();
    }

    /** The global or local index of this name. */
    public Optional<SecondaryIndex> index(String indexName) {
        return java.util.stream.Stream.concat(globalSecondaryIndexes.stream(), localSecondaryIndexes.stream())
                .filter(index -> index.indexName().equals(indexName))
                .findFirst();
    }
}
