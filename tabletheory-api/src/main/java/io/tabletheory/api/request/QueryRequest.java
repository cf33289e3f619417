package io.tabletheory.api.request;

import io.tabletheory.api.internal.Immutables;
import io.tabletheory.api.value.AttributeValue;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A Query request: read the items of one partition (of the table or of an index) in sort-key order, one
 * page at a time. The parameters it shares with Scan are documented on {@link PageRequest} and {@link TableRequest}.
 *
 * @param keyConditionExpression the key condition: equality on the partition key, optionally a condition on the sort key
 * @param scanIndexForward ascending sort-key order when true (the default), descending when false
 */
public record QueryRequest(
        String tableName,
        Optional<String> indexName,
        Optional<String> keyConditionExpression,
        Optional<String> filterExpression,
        Optional<String> projectionExpression,
        Map<String, String> expressionAttributeNames,
        Map<String, AttributeValue> expressionAttributeValues,
        Optional<Select> select,
        OptionalInt limit,
        Map<String, AttributeValue> exclusiveStartKey,
        boolean scanIndexForward,
        boolean consistentRead,
        ReturnConsumedCapacity returnConsumedCapacity)
        implements PageRequest {

    public QueryRequest {
        Objects.requireNonNull(tableName, "tableName");
        indexName = RequestDefaults.absentIfNull(indexName);
        keyConditionExpression = RequestDefaults.absentIfNull(keyConditionExpression);
        filterExpression = RequestDefaults.absentIfNull(filterExpression);
        projectionExpression = RequestDefaults.absentIfNull(projectionExpression);
        expressionAttributeNames = Immutables.orderedMap(expressionAttributeNames, "expressionAttributeNames");
        expressionAttributeValues = Immutables.orderedMap(expressionAttributeValues, "expressionAttributeValues");
        select = RequestDefaults.absentIfNull(select);
        limit = RequestDefaults.absentIfNull(limit);
        exclusiveStartKey = Immutables.orderedMap(exclusiveStartKey, "exclusiveStartKey");
        returnConsumedCapacity = RequestDefaults.noneIfNull(returnConsumedCapacity);
    }

    /** A builder with the required parameters set and every other parameter at DynamoDB's default. */
    public static Builder builder(String tableName) {
        return new Builder().tableName(tableName);
    }

    /** A builder holding this request's parameters, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder()
                .copyOf(this)
                .keyConditionExpression(keyConditionExpression.orElse(null))
                .scanIndexForward(scanIndexForward);
    }

    /**
     * Builds a {@link QueryRequest}: the shared setters of {@link PageRequestBuilder}, the key condition and the
     * direction.
     */
    public static final class Builder extends PageRequestBuilder<Builder, QueryRequest> {
        private String keyConditionExpression;
        private boolean scanIndexForward = true;

        private Builder() {}

        /** Sets {@link QueryRequest#keyConditionExpression()}. */
        public Builder keyConditionExpression(String keyConditionExpression) {
            this.keyConditionExpression = keyConditionExpression;
            return this;
        }

        /** Sets {@link QueryRequest#scanIndexForward()}. */
        public Builder scanIndexForward(boolean scanIndexForward) {
            this.scanIndexForward = scanIndexForward;
            return this;
        }

        @Override
        public QueryRequest build() {
            return new QueryRequest(
                    tableName,
                    Optional.ofNullable(indexName),
                    Optional.ofNullable(keyConditionExpression),
                    Optional.ofNullable(filterExpression),
                    Optional.ofNullable(projectionExpression),
                    expressionAttributeNames,
                    expressionAttributeValues,
                    Optional.ofNullable(select),
                    limit,
                    exclusiveStartKey,
                    scanIndexForward,
                    consistentRead,
                    returnConsumedCapacity);
        }
    }
}
