package io.tabletheory.api.request;

import io.tabletheory.api.internal.Immutables;
import io.tabletheory.api.value.AttributeValue;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A DeleteItem request: delete one item by its full primary key. Deleting a missing item succeeds unless a
 * condition fails.
 * The parameters it shares with the other single-item writes are documented on {@link WriteItemRequest} and {@link
 * TableRequest}.
 *
 * @param key the full primary key of the item: the partition key and, when the table has one, the sort key
 */
public record DeleteItemRequest(
        String tableName,
        Map<String, AttributeValue> key,
        Optional<String> conditionExpression,
        Map<String, String> expressionAttributeNames,
        Map<String, AttributeValue> expressionAttributeValues,
        ReturnValue returnValues,
        ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure,
        ReturnConsumedCapacity returnConsumedCapacity,
        Map<String, ExpectedAttributeValue> expected,
        Optional<ConditionalOperator> conditionalOperator,
        ReturnItemCollectionMetrics returnItemCollectionMetrics)
        implements WriteItemRequest {

    public DeleteItemRequest {
        Objects.requireNonNull(tableName, "tableName");
        key = Immutables.orderedMap(Objects.requireNonNull(key, "key"), "key");
        conditionExpression = RequestDefaults.absentIfNull(conditionExpression);
        expressionAttributeNames = Immutables.orderedMap(expressionAttributeNames, "expressionAttributeNames");
        expressionAttributeValues = Immutables.orderedMap(expressionAttributeValues, "expressionAttributeValues");
        returnValues = RequestDefaults.noneIfNull(returnValues);
        returnValuesOnConditionCheckFailure = RequestDefaults.noneIfNull(returnValuesOnConditionCheckFailure);
        returnConsumedCapacity = RequestDefaults.noneIfNull(returnConsumedCapacity);
        expected = Immutables.orderedMap(expected, "expected");
        conditionalOperator = RequestDefaults.absentIfNull(conditionalOperator);
        returnItemCollectionMetrics = RequestDefaults.noneIfNull(returnItemCollectionMetrics);
    }

    /** A request without classic parameters (the form before {@code expected} existed). */
    public DeleteItemRequest(
            String tableName,
            Map<String, AttributeValue> key,
            Optional<String> conditionExpression,
            Map<String, String> expressionAttributeNames,
            Map<String, AttributeValue> expressionAttributeValues,
            ReturnValue returnValues,
            ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure,
            ReturnConsumedCapacity returnConsumedCapacity) {
        this(
                tableName,
                key,
                conditionExpression,
                expressionAttributeNames,
                expressionAttributeValues,
                returnValues,
                returnValuesOnConditionCheckFailure,
                returnConsumedCapacity,
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
        return new Builder().copyOf(this).key(key);
    }

    /** Builds a {@link DeleteItemRequest}: the shared setters of {@link WriteItemRequestBuilder}, and the key. */
    public static final class Builder extends WriteItemRequestBuilder<Builder, DeleteItemRequest> {
        private Map<String, AttributeValue> key = Map.of();

        private Builder() {}

        /** Sets {@link DeleteItemRequest#key()}. */
        public Builder key(Map<String, AttributeValue> key) {
            this.key = key;
            return this;
        }

        @Override
        public DeleteItemRequest build() {
            return new DeleteItemRequest(
                    tableName,
                    key,
                    condition(),
                    expressionAttributeNames,
                    expressionAttributeValues,
                    returnValues,
                    returnValuesOnConditionCheckFailure,
                    returnConsumedCapacity,
                    expected,
                    Optional.ofNullable(conditionalOperator),
                    returnItemCollectionMetrics);
        }
    }
}
