package io.tabletheory.api.request;

import io.tabletheory.api.internal.Immutables;
import io.tabletheory.api.value.AttributeValue;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An UpdateItem request: change attributes of one item in place, creating it when absent (an upsert),
 * unless the condition forbids it.
 * The parameters it shares with the other single-item writes are documented on {@link WriteItemRequest} and {@link
 * TableRequest}.
 *
 * @param key the full primary key of the item: the partition key and, when the table has one, the sort key
 * @param updateExpression the changes (SET, REMOVE, ADD, DELETE clauses); none means only the key is written
 * @param attributeUpdates the classic changes ({@code AttributeUpdates}), one per attribute; empty by default, and
 *     never together with {@code updateExpression}
 */
public record UpdateItemRequest(
        String tableName,
        Map<String, AttributeValue> key,
        Optional<String> updateExpression,
        Optional<String> conditionExpression,
        Map<String, String> expressionAttributeNames,
        Map<String, AttributeValue> expressionAttributeValues,
        ReturnValue returnValues,
        ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure,
        ReturnConsumedCapacity returnConsumedCapacity,
        Map<String, AttributeValueUpdate> attributeUpdates,
        Map<String, ExpectedAttributeValue> expected,
        Optional<ConditionalOperator> conditionalOperator,
        ReturnItemCollectionMetrics returnItemCollectionMetrics)
        implements WriteItemRequest {

    public UpdateItemRequest {
        Objects.requireNonNull(tableName, "tableName");
        key = Immutables.orderedMap(Objects.requireNonNull(key, "key"), "key");
        updateExpression = RequestDefaults.absentIfNull(updateExpression);
        conditionExpression = RequestDefaults.absentIfNull(conditionExpression);
        expressionAttributeNames = Immutables.orderedMap(expressionAttributeNames, "expressionAttributeNames");
        expressionAttributeValues = Immutables.orderedMap(expressionAttributeValues, "expressionAttributeValues");
        returnValues = RequestDefaults.noneIfNull(returnValues);
        returnValuesOnConditionCheckFailure = RequestDefaults.noneIfNull(returnValuesOnConditionCheckFailure);
        returnConsumedCapacity = RequestDefaults.noneIfNull(returnConsumedCapacity);
        attributeUpdates = Immutables.orderedMap(attributeUpdates, "attributeUpdates");
        expected = Immutables.orderedMap(expected, "expected");
        conditionalOperator = RequestDefaults.absentIfNull(conditionalOperator);
        returnItemCollectionMetrics = RequestDefaults.noneIfNull(returnItemCollectionMetrics);
    }

    /** A request without classic parameters (the form before {@code attributeUpdates} existed). */
    public UpdateItemRequest(
            String tableName,
            Map<String, AttributeValue> key,
            Optional<String> updateExpression,
            Optional<String> conditionExpression,
            Map<String, String> expressionAttributeNames,
            Map<String, AttributeValue> expressionAttributeValues,
            ReturnValue returnValues,
            ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure,
            ReturnConsumedCapacity returnConsumedCapacity) {
        this(
                tableName,
                key,
                updateExpression,
                conditionExpression,
                expressionAttributeNames,
                expressionAttributeValues,
                returnValues,
                returnValuesOnConditionCheckFailure,
                returnConsumedCapacity,
                Map.of(),
                Map.of(),
                Optional.empty(),
                ReturnItemCollectionMetrics.NONE);
    }

    /** A builder with the required parameters set and every other parameter at DynamoDB's default. */
    public static Builder builder(String tableName, Map<String, AttributeValue> key) {
        return new Builder().tableName(tableName).key(key);
    }

    /** A builder holding this request's parameters, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder()
                .copyOf(this)
                .key(key)
                .updateExpression(updateExpression.orElse(null))
                .attributeUpdates(attributeUpdates);
    }

    /**
     * Builds an {@link UpdateItemRequest}: the shared setters of {@link WriteItemRequestBuilder}, the key and the
     * update expression.
     */
    public static final class Builder extends WriteItemRequestBuilder<Builder, UpdateItemRequest> {
        private Map<String, AttributeValue> key = Map.of();
        private String updateExpression;
        private Map<String, AttributeValueUpdate> attributeUpdates = Map.of();

        private Builder() {}

        /** Sets {@link UpdateItemRequest#key()}. */
        public Builder key(Map<String, AttributeValue> key) {
            this.key = key;
            return this;
        }

        /** Sets {@link UpdateItemRequest#updateExpression()}; {@code null} for none. */
        public Builder updateExpression(String updateExpression) {
            this.updateExpression = updateExpression;
            return this;
        }

        /** Sets {@link UpdateItemRequest#attributeUpdates()}, the classic changes; empty for none. */
        public Builder attributeUpdates(Map<String, AttributeValueUpdate> attributeUpdates) {
            this.attributeUpdates = attributeUpdates;
            return this;
        }

        @Override
        public UpdateItemRequest build() {
            return new UpdateItemRequest(
                    tableName,
                    key,
                    Optional.ofNullable(updateExpression),
                    condition(),
                    expressionAttributeNames,
                    expressionAttributeValues,
                    returnValues,
                    returnValuesOnConditionCheckFailure,
                    returnConsumedCapacity,
                    attributeUpdates,
                    expected,
                    Optional.ofNullable(conditionalOperator),
                    returnItemCollectionMetrics);
        }
    }
}
