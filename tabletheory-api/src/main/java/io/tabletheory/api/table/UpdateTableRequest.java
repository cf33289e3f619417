package io.tabletheory.api.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An UpdateTable request: change a table's billing mode or provisioned throughput, create or delete global secondary
 * indexes, or turn its stream on or off. At least one change must be given.
 *
 * <pre>{@code
 * UpdateTableRequest request = UpdateTableRequest.builder("users")
 *         .attribute("email", ScalarAttributeType.S)
 *         .createGlobalSecondaryIndex(new SecondaryIndex(
 *                 "email-index", List.of(new KeySchemaElement("email", KeyType.HASH)), Projection.all()))
 *         .build();
 * }</pre>
 *
 * <p>DynamoDB's rules, which backends check and answer with {@code ValidationException} (or {@code
 * ResourceNotFoundException} for a missing table or index, {@code LimitExceededException} for more than one index
 * created or deleted at once): PAY_PER_REQUEST takes no throughput; switching to PROVISIONED needs throughput; new
 * throughput equal to the current one is refused; a new index's key attributes must be defined in {@link
 * #attributeDefinitions}; an enabled stream needs a view type and cannot be enabled again.
 *
 * @param tableName the table
 * @param attributeDefinitions the types of the key attributes of indexes being created
 * @param billingMode the new billing mode; empty keeps the current one
 * @param provisionedThroughput the table's new throughput
 * @param globalSecondaryIndexUpdates index creations, throughput changes and deletions
 * @param streamSpecification the new stream setting
 */
public record UpdateTableRequest(
        String tableName,
        List<AttributeDefinition> attributeDefinitions,
        Optional<BillingMode> billingMode,
        Optional<ProvisionedThroughput> provisionedThroughput,
        List<GlobalSecondaryIndexUpdate> globalSecondaryIndexUpdates,
        Optional<StreamSpecification> streamSpecification) {

    public UpdateTableRequest {
        Objects.requireNonNull(tableName, "tableName");
        attributeDefinitions = attributeDefinitions == null ? List.of() : List.copyOf(attributeDefinitions);
        billingMode = billingMode == null ? Optional.empty() : billingMode;
        provisionedThroughput = provisionedThroughput == null ? Optional.empty() : provisionedThroughput;
        globalSecondaryIndexUpdates =
                globalSecondaryIndexUpdates == null ? List.of() : List.copyOf(globalSecondaryIndexUpdates);
        streamSpecification = streamSpecification == null ? Optional.empty() : streamSpecification;
    }

    /** A builder for a change to this table; nothing is changed until a setter says so. */
    public static Builder builder(String tableName) {
        return new Builder(tableName);
    }

    /** Builds an {@link UpdateTableRequest}. Not thread-safe. */
    public static final class Builder {
        private final String tableName;
        private final List<AttributeDefinition> attributeDefinitions = new ArrayList<>();
        private final List<GlobalSecondaryIndexUpdate> indexUpdates = new ArrayList<>();
        private BillingMode billingMode;
        private ProvisionedThroughput provisionedThroughput;
        private StreamSpecification streamSpecification;

        private Builder(String tableName) {
            this.tableName = tableName;
        }

        /** Defines the type of a key attribute of an index being created. */
        public Builder attribute(String attributeName, ScalarAttributeType type) {
            attributeDefinitions.add(new AttributeDefinition(attributeName, type));
            return this;
        }

        /** Sets the billing mode. */
        public Builder billingMode(BillingMode billingMode) {
            this.billingMode = billingMode;
            return this;
        }

        /** Sets the table's provisioned throughput. */
        public Builder provisionedThroughput(ProvisionedThroughput throughput) {
            this.provisionedThroughput = throughput;
            return this;
        }

        /** Creates an on-demand global index (define its key attributes with {@link #attribute}). */
        public Builder createGlobalSecondaryIndex(SecondaryIndex index) {
            indexUpdates.add(new GlobalSecondaryIndexUpdate.Create(index, Optional.empty()));
            return this;
        }

        /** Adds any index change as given. */
        public Builder globalSecondaryIndexUpdate(GlobalSecondaryIndexUpdate update) {
            indexUpdates.add(update);
            return this;
        }

        /** Deletes a global index. */
        public Builder deleteGlobalSecondaryIndex(String indexName) {
            indexUpdates.add(new GlobalSecondaryIndexUpdate.Delete(indexName));
            return this;
        }

        /** Turns the stream on or off. */
        public Builder streamSpecification(StreamSpecification specification) {
            this.streamSpecification = specification;
            return this;
        }

        /** The request. */
        public UpdateTableRequest build() {
            return new UpdateTableRequest(
                    tableName,
                    attributeDefinitions,
                    Optional.ofNullable(billingMode),
                    Optional.ofNullable(provisionedThroughput),
                    indexUpdates,
                    Optional.ofNullable(streamSpecification));
        }
    }
}
