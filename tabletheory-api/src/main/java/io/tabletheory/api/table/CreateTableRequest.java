package io.tabletheory.api.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A CreateTable request: the table's key schema, the types of its key attributes, and its secondary indexes.
 *
 * <pre>{@code
 * CreateTableRequest request = CreateTableRequest.builder("users")
 *         .partitionKey("id", ScalarAttributeType.S)
 *         .sortKey("sk", ScalarAttributeType.S)
 *         .globalSecondaryIndex("email-index", "email", ScalarAttributeType.S, Projection.all())
 *         .build();
 * }</pre>
 *
 * @param tableName 3 to 255 characters of {@code [a-zA-Z0-9_.-]}
 * @param attributeDefinitions the type of every attribute used in a key of the table or an index, and no other
 * @param keySchema a HASH element, optionally followed by a RANGE element
 * @param globalSecondaryIndexes up to 20 global indexes
 * @param localSecondaryIndexes up to 5 local indexes; each has the table's partition key
 * @param billingMode on demand by default
 * @param provisionedThroughput required for {@link BillingMode#PROVISIONED}, absent otherwise
 * @param streamSpecification the table's stream, when it has one
 * @param tags the table's tags (at most 50, keys unique)
 */
public record CreateTableRequest(
        String tableName,
        List<AttributeDefinition> attributeDefinitions,
        List<KeySchemaElement> keySchema,
        List<SecondaryIndex> globalSecondaryIndexes,
        List<SecondaryIndex> localSecondaryIndexes,
        BillingMode billingMode,
        Optional<ProvisionedThroughput> provisionedThroughput,
        Optional<StreamSpecification> streamSpecification,
        List<Tag> tags) {

    /** A request without a stream or tags. */
    public CreateTableRequest(
            String tableName,
            List<AttributeDefinition> attributeDefinitions,
            List<KeySchemaElement> keySchema,
            List<SecondaryIndex> globalSecondaryIndexes,
            List<SecondaryIndex> localSecondaryIndexes,
            BillingMode billingMode,
            Optional<ProvisionedThroughput> provisionedThroughput) {
        this(
                tableName,
                attributeDefinitions,
                keySchema,
                globalSecondaryIndexes,
                localSecondaryIndexes,
                billingMode,
                provisionedThroughput,
                Optional.empty(),
                List.of());
    }

    public CreateTableRequest {
        Objects.requireNonNull(tableName, "tableName");
        attributeDefinitions = List.copyOf(attributeDefinitions);
        keySchema = List.copyOf(keySchema);
        globalSecondaryIndexes = globalSecondaryIndexes == null ? List.of() : List.copyOf(globalSecondaryIndexes);
        localSecondaryIndexes = localSecondaryIndexes == null ? List.of() : List.copyOf(localSecondaryIndexes);
        billingMode = billingMode == null ? BillingMode.PAY_PER_REQUEST : billingMode;
        provisionedThroughput = provisionedThroughput == null ? Optional.empty() : provisionedThroughput;
        streamSpecification = streamSpecification == null ? Optional.empty() : streamSpecification;
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A builder for a table of this name; attribute definitions are collected from the keys declared. */
    public static Builder builder(String tableName) {
        return new Builder(tableName);
    }

    /**
     * Builds a {@link CreateTableRequest}. Declaring a key also defines its attribute's type (once per attribute).
     * Not thread-safe.
     */
    public static final class Builder {
        private final String tableName;
        private final List<AttributeDefinition> attributeDefinitions = new ArrayList<>();
        private final List<KeySchemaElement> keySchema = new ArrayList<>();
        private final List<SecondaryIndex> globalSecondaryIndexes = new ArrayList<>();
        private final List<SecondaryIndex> localSecondaryIndexes = new ArrayList<>();
        private BillingMode billingMode = BillingMode.PAY_PER_REQUEST;
        private ProvisionedThroughput provisionedThroughput;
        private StreamSpecification streamSpecification;
        private final List<Tag> tags = new ArrayList<>();

        private Builder(String tableName) {
            this.tableName = tableName;
        }

        /** Declares the table's partition key. */
        public Builder partitionKey(String attributeName, ScalarAttributeType type) {
            define(attributeName, type);
            keySchema.add(new KeySchemaElement(attributeName, KeyType.HASH));
            return this;
        }

        /** Declares the table's sort key. */
        public Builder sortKey(String attributeName, ScalarAttributeType type) {
            define(attributeName, type);
            keySchema.add(new KeySchemaElement(attributeName, KeyType.RANGE));
            return this;
        }

        /** Adds a global index with a partition key only. */
        public Builder globalSecondaryIndex(
                String indexName, String partitionKey, ScalarAttributeType type, Projection projection) {
            define(partitionKey, type);
            globalSecondaryIndexes.add(new SecondaryIndex(
                    indexName, List.of(new KeySchemaElement(partitionKey, KeyType.HASH)), projection));
            return this;
        }

        /** Adds a global index with a partition and a sort key. */
        public Builder globalSecondaryIndex(
                String indexName,
                String partitionKey,
                ScalarAttributeType partitionKeyType,
                String sortKey,
                ScalarAttributeType sortKeyType,
                Projection projection) {
            define(partitionKey, partitionKeyType);
            define(sortKey, sortKeyType);
            globalSecondaryIndexes.add(new SecondaryIndex(
                    indexName,
                    List.of(
                            new KeySchemaElement(partitionKey, KeyType.HASH),
                            new KeySchemaElement(sortKey, KeyType.RANGE)),
                    projection));
            return this;
        }

        /** Adds a local index: the table's partition key with another sort key. Declare the partition key first. */
        public Builder localSecondaryIndex(
                String indexName, String sortKey, ScalarAttributeType sortKeyType, Projection projection) {
            String partitionKey = KeySchemas.attribute(keySchema, KeyType.HASH)
                    .orElseThrow(() -> new IllegalStateException(
                            "declare the table's partition key before local index " + indexName));
            define(sortKey, sortKeyType);
            localSecondaryIndexes.add(new SecondaryIndex(
                    indexName,
                    List.of(
                            new KeySchemaElement(partitionKey, KeyType.HASH),
                            new KeySchemaElement(sortKey, KeyType.RANGE)),
                    projection));
            return this;
        }

        /** Adds an index exactly as given; define its key attributes with {@link #attribute}. */
        public Builder globalSecondaryIndex(SecondaryIndex index) {
            globalSecondaryIndexes.add(index);
            return this;
        }

        /** Adds a local index exactly as given; define its key attributes with {@link #attribute}. */
        public Builder localSecondaryIndex(SecondaryIndex index) {
            localSecondaryIndexes.add(index);
            return this;
        }

        /** Defines an attribute's type without making it a key (for indexes added as given). */
        public Builder attribute(String attributeName, ScalarAttributeType type) {
            define(attributeName, type);
            return this;
        }

        /** Sets the billing mode; on demand by default. */
        public Builder billingMode(BillingMode billingMode) {
            this.billingMode = billingMode;
            return this;
        }

        /** Sets provisioned capacity (and the billing mode to PROVISIONED). */
        public Builder provisionedThroughput(ProvisionedThroughput throughput) {
            this.billingMode = BillingMode.PROVISIONED;
            this.provisionedThroughput = throughput;
            return this;
        }

        /** Gives the table a stream; none by default. */
        public Builder streamSpecification(StreamSpecification specification) {
            this.streamSpecification = specification;
            return this;
        }

        /** Adds a tag. */
        public Builder tag(String key, String value) {
            tags.add(new Tag(key, value));
            return this;
        }

        /** The request. */
        public CreateTableRequest build() {
            return new CreateTableRequest(
                    tableName,
                    attributeDefinitions,
                    keySchema,
                    globalSecondaryIndexes,
                    localSecondaryIndexes,
                    billingMode,
                    Optional.ofNullable(provisionedThroughput),
                    Optional.ofNullable(streamSpecification),
                    tags);
        }

        private void define(String attributeName, ScalarAttributeType type) {
            boolean defined = attributeDefinitions.stream()
                    .anyMatch(definition -> definition.attributeName().equals(attributeName));
            if (!defined) {
                attributeDefinitions.add(new AttributeDefinition(attributeName, type));
            }
        }
    }
}
