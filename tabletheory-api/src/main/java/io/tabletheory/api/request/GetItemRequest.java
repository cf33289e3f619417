package io.tabletheory.api.request;

import io.tabletheory.api.internal.Immutables;
import io.tabletheory.api.value.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A GetItem request: read one item by its full primary key.
 *
 * @param tableName the table (for an index read, the table that owns the index)
 * @param key the full primary key of the item: the partition key and, when the table has one, the sort key
 * @param consistentRead strongly consistent read when true; default false (eventually consistent)
 * @param projectionExpression the attributes to return; all attributes by default
 * @param expressionAttributeNames substitutions for {@code #name} tokens in the expressions; empty when none
 * @param returnConsumedCapacity whether to report consumed capacity; default {@code NONE}
 * @param attributesToGet the classic projection ({@code AttributesToGet}): top-level attributes to return, no
 *     duplicates; empty for all attributes, and never together with {@code projectionExpression}
 */
public record GetItemRequest(
        String tableName,
        Map<String, AttributeValue> key,
        boolean consistentRead,
        Optional<String> projectionExpression,
        Map<String, String> expressionAttributeNames,
        ReturnConsumedCapacity returnConsumedCapacity,
        List<String> attributesToGet) {

    public GetItemRequest {
        Objects.requireNonNull(tableName, "tableName");
        key = Immutables.orderedMap(Objects.requireNonNull(key, "key"), "key");
        projectionExpression = RequestDefaults.absentIfNull(projectionExpression);
        expressionAttributeNames = Immutables.orderedMap(expressionAttributeNames, "expressionAttributeNames");
        returnConsumedCapacity = RequestDefaults.noneIfNull(returnConsumedCapacity);
        attributesToGet = attributesToGet == null ? List.of() : List.copyOf(attributesToGet);
    }

    /** A request without the classic projection (the form before {@code attributesToGet} existed). */
    public GetItemRequest(
            String tableName,
            Map<String, AttributeValue> key,
            boolean consistentRead,
            Optional<String> projectionExpression,
            Map<String, String> expressionAttributeNames,
            ReturnConsumedCapacity returnConsumedCapacity) {
        this(
                tableName,
                key,
                consistentRead,
                projectionExpression,
                expressionAttributeNames,
                returnConsumedCapacity,
                List.of());
    }

    /** A builder with the required parameters set and every other parameter at DynamoDB's default. */
    public static Builder builder(String tableName, Map<String, AttributeValue> key) {
        return new Builder().tableName(tableName).key(key);
    }

    /** A builder holding this request's parameters, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder()
                .tableName(tableName)
                .key(key)
                .consistentRead(consistentRead)
                .projectionExpression(projectionExpression.orElse(null))
                .expressionAttributeNames(expressionAttributeNames)
                .returnConsumedCapacity(returnConsumedCapacity)
                .attributesToGet(attributesToGet);
    }

    /** Builds a {@link GetItemRequest}; every setter documents DynamoDB's default. Not thread-safe. */
    public static final class Builder {
        private String tableName;
        private Map<String, AttributeValue> key = Map.of();
        private boolean consistentRead = false;
        private String projectionExpression;
        private Map<String, String> expressionAttributeNames = Map.of();
        private ReturnConsumedCapacity returnConsumedCapacity = ReturnConsumedCapacity.NONE;
        private List<String> attributesToGet = List.of();

        private Builder() {}

        /** Sets the table (for an index read, the table that owns the index). */
        public Builder tableName(String tableName) {
            this.tableName = tableName;
            return this;
        }

        /** Sets the full primary key of the item: the partition key and, when the table has one, the sort key. */
        public Builder key(Map<String, AttributeValue> key) {
            this.key = key;
            return this;
        }

        /** Sets strongly consistent read when true; default false (eventually consistent). */
        public Builder consistentRead(boolean consistentRead) {
            this.consistentRead = consistentRead;
            return this;
        }

        /** Sets the attributes to return; all attributes by default. */
        public Builder projectionExpression(String projectionExpression) {
            this.projectionExpression = projectionExpression;
            return this;
        }

        /** Sets substitutions for {@code #name} tokens in the expressions; empty when none. */
        public Builder expressionAttributeNames(Map<String, String> expressionAttributeNames) {
            this.expressionAttributeNames = expressionAttributeNames;
            return this;
        }

        /** Sets whether to report consumed capacity; default {@code NONE}. */
        public Builder returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
            this.returnConsumedCapacity = returnConsumedCapacity;
            return this;
        }

        /** Sets the classic projection: top-level attributes to return; empty (the default) for all. */
        public Builder attributesToGet(List<String> attributesToGet) {
            this.attributesToGet = attributesToGet;
            return this;
        }

        /** The request. */
        public GetItemRequest build() {
            return new GetItemRequest(
                    tableName,
                    key,
                    consistentRead,
                    Optional.ofNullable(projectionExpression),
                    expressionAttributeNames,
                    returnConsumedCapacity,
                    attributesToGet);
        }
    }
}
