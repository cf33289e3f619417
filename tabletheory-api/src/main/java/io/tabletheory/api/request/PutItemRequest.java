package io.tabletheory.api.request;

import io.tabletheory.api.internal.Immutables;
import io.tabletheory.api.value.AttributeValue;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A PutItem request: write a whole item, replacing any item with the same key.
 * The item must hold the table's key attributes; the write is conditional when {@code conditionExpression} is set.
 * The parameters it shares with the other single-item writes are documented on {@link WriteItemRequest} and {@link
 * TableRequest}.
 *
 * @param item the whole item to store, key attributes included
 */
public record PutItemRequest(
        String tableName,
        Map<String, AttributeValue> item,
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

    public PutItemRequest {
        Objects.requireNonNull(tableName, "tableName");
        item = Immutables.orderedMap(Objects.requireNonNull(item, "item"), "item");
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
    public PutItemRequest(
            String tableName,
            Map<String, AttributeValue> item,
            Optional<String> conditionExpression,
            Map<String, String> expressionAttributeNames,
            Map<String, AttributeValue> expressionAttributeValues,
            ReturnValue returnValues,
            ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure,
            ReturnConsumedCapacity returnConsumedCapacity) {
        this(
                tableName,
                item,
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
    public static Builder builder(String tableName, Map<String, AttributeValue> item) {
        return new Builder().tableName(tableName).item(item);
    }

    /** A builder holding this request's parameters, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder().copyOf(this).item(item);
    }

    /** Builds a {@link PutItemRequest}: the shared setters of {@link WriteItemRequestBuilder}, and the item. */
    public static final class Builder extends WriteItemRequestBuilder<Builder, PutItemRequest> {
        private Map<String, AttributeValue> item = Map.of();

        private Builder() {}

        /** Sets {@link PutItemRequest#item()}. */
        public Builder item(Map<String, AttributeValue> item) {
            this.item = item;
            return this;
        }

        @Override
        public PutItemRequest build() {
            return new PutItemRequest(
                    tableName,
                    item,
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
