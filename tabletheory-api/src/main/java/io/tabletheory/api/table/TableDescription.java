package io.tabletheory.api.table;

import java.time.Instant;
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
 * @param provisionedThroughput the table's throughput when it is PROVISIONED; empty for on-demand tables
 * @param creationDateTime when the table was created; empty when the backend does not say
 * @param tableSizeBytes the total size of the table's items, in bytes (DynamoDB refreshes this about every six
 *     hours)
 * @param tableArn the table's ARN, {@code arn:aws:dynamodb:<region>:<account>:table/<name>}, which the tagging
 *     operations take; empty when the backend does not say
 * @param indexDescriptions the state and size of each secondary index, global then local
 * @param streamSpecification the table's stream setting; empty when it never had a stream
 * @param latestStreamLabel the label of the table's latest stream (its ARN is the table ARN followed by {@code
 *     /stream/<label>}); empty when it never had a stream
 */
public record TableDescription(
        String tableName,
        List<AttributeDefinition> attributeDefinitions,
        List<KeySchemaElement> keySchema,
        List<SecondaryIndex> globalSecondaryIndexes,
        List<SecondaryIndex> localSecondaryIndexes,
        BillingMode billingMode,
        TableStatus tableStatus,
        long itemCount,
        Optional<ProvisionedThroughput> provisionedThroughput,
        Optional<Instant> creationDateTime,
        long tableSizeBytes,
        Optional<String> tableArn,
        List<IndexDescription> indexDescriptions,
        Optional<StreamSpecification> streamSpecification,
        Optional<String> latestStreamLabel) {

    /** A description of the definition and state only: no throughput, dates, sizes, ARNs or streams. */
    public TableDescription(
            String tableName,
            List<AttributeDefinition> attributeDefinitions,
            List<KeySchemaElement> keySchema,
            List<SecondaryIndex> globalSecondaryIndexes,
            List<SecondaryIndex> localSecondaryIndexes,
            BillingMode billingMode,
            TableStatus tableStatus,
            long itemCount) {
        this(
                tableName,
                attributeDefinitions,
                keySchema,
                globalSecondaryIndexes,
                localSecondaryIndexes,
                billingMode,
                tableStatus,
                itemCount,
                Optional.empty(),
                Optional.empty(),
                0,
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty());
    }

    public TableDescription {
        Objects.requireNonNull(tableName, "tableName");
        attributeDefinitions = List.copyOf(attributeDefinitions);
        keySchema = List.copyOf(keySchema);
        globalSecondaryIndexes = globalSecondaryIndexes == null ? List.of() : List.copyOf(globalSecondaryIndexes);
        localSecondaryIndexes = localSecondaryIndexes == null ? List.of() : List.copyOf(localSecondaryIndexes);
        billingMode = billingMode == null ? BillingMode.PAY_PER_REQUEST : billingMode;
        Objects.requireNonNull(tableStatus, "tableStatus");
        provisionedThroughput = provisionedThroughput == null ? Optional.empty() : provisionedThroughput;
        creationDateTime = creationDateTime == null ? Optional.empty() : creationDateTime;
        tableArn = tableArn == null ? Optional.empty() : tableArn;
        indexDescriptions = indexDescriptions == null ? List.of() : List.copyOf(indexDescriptions);
        streamSpecification = streamSpecification == null ? Optional.empty() : streamSpecification;
        latestStreamLabel = latestStreamLabel == null ? Optional.empty() : latestStreamLabel;
    }

    /** The state and size of the secondary index of this name, when the backend describes it. */
    public Optional<IndexDescription> indexDescription(String indexName) {
        return indexDescriptions.stream()
                .filter(index -> index.indexName().equals(indexName))
                .findFirst();
    }

    /** The ARN of the table's latest stream, when it has had one and its ARN is known. */
    public Optional<String> latestStreamArn() {
        return latestStreamLabel.flatMap(label -> tableArn.map(arn -> arn + "/stream/" + label));
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
