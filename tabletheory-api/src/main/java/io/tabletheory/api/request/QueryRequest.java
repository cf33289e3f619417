package io.tabletheory.api.request;

import io.tabletheory.api.internal.Immutables;
import io.tabletheory.api.value.AttributeValue;
import java.util.List;
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
 * @param keyConditions the classic key condition ({@code KeyConditions}): EQ on the partition key and at most one
 *     condition on the sort key; never together with {@code keyConditionExpression}
 * @param queryFilter the classic filter ({@code QueryFilter}) on non-key attributes, combined by {@code
 *     conditionalOperator}; never together with {@code filterExpression}
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
        ReturnConsumedCapacity returnConsumedCapacity,
        Map<String, ClassicCondition> keyConditions,
        Map<String, ClassicCondition> queryFilter,
        Optional<ConditionalOperator> conditionalOperator,
        List<String> attributesToGet)
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
        keyConditions = Immutables.orderedMap(keyConditions, "keyConditions");
        queryFilter = Immutables.orderedMap(queryFilter, "queryFilter");
        conditionalOperator = RequestDefaults.absentIfNull(conditionalOperator);
        attributesToGet = attributesToGet == null ? List.of() : List.copyOf(attributesToGet);
    }

    /** A request without classic parameters (the form before they existed). */
    public QueryRequest(
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
            ReturnConsumedCapacity returnConsumedCapacity) {
        this(
                tableName,
                indexName,
                keyConditionExpression,
                filterExpression,
                projectionExpression,
                expressionAttributeNames,
                expressionAttributeValues,
                select,
                limit,
                exclusiveStartKey,
                scanIndexForward,
                consistentRead,
                returnConsumedCapacity,
                Map.of(),
                Map.of(),
                Optional.empty(),
                List.of());
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
                .scanIndexForward(scanIndexForward)
                .keyConditions(keyConditions)
                .queryFilter(queryFilter);
    }

    /**
     * Builds a {@link QueryRequest}: the shared setters of {@link PageRequestBuilder}, the key condition and the
     * direction.
     */
    public static final class Builder extends PageRequestBuilder<Builder, QueryRequest> {
        private String keyConditionExpression;
        private boolean scanIndexForward = true;
        private Map<String, ClassicCondition> keyConditions = Map.of();
        private Map<String, ClassicCondition> queryFilter = Map.of();

        private Builder() {}

        /** Sets {@link QueryRequest#keyConditions()}, the classic key condition; empty for none. */
        public Builder keyConditions(Map<String, ClassicCondition> keyConditions) {
            this.keyConditions = keyConditions;
            return this;
        }

        /** Sets {@link QueryRequest#queryFilter()}, the classic filter; empty for none. */
        public Builder queryFilter(Map<String, ClassicCondition> queryFilter) {
            this.queryFilter = queryFilter;
            return this;
        }

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
                    returnConsumedCapacity,
                    keyConditions,
                    queryFilter,
                    Optional.ofNullable(conditionalOperator),
                    attributesToGet);
        }
    }
}
