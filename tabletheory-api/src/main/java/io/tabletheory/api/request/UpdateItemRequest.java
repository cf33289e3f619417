package io.tabletheory.api.request;

import io.tabletheory.api.internal.Immutables;
import io.tabletheory.api.value.AttributeValue;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An UpdateItem request: change attributes of one item in place, creating it when absent (an upsert),
 * unless the condition forbids it.
 *
 * @param tableName the table (for an index read, the table that owns the index)
 * @param key the full primary key of the item: the partition key and, when the table has one, the sort key
 * @param updateExpression the changes (SET, REMOVE, ADD, DELETE clauses); none means only the key is written
 * @param conditionExpression the condition that must hold for the write to happen; none by default
 * @param expressionAttributeNames substitutions for {@code #name} tokens in the expressions; empty when none
 * @param expressionAttributeValues substitutions for {@code :value} tokens in the expressions; empty when none
 * @param returnValues which item attributes to return; default {@code NONE}
 * @param returnValuesOnConditionCheckFailure whether a failed condition returns the stored item; default {@code NONE}
 * @param returnConsumedCapacity whether to report consumed capacity; default {@code NONE}
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
        ReturnConsumedCapacity returnConsumedCapacity) {

    public UpdateItemRequest {
        Objects.requireNonNull(tableName, "tableName");
        key = Immutables.orderedMap(Objects.requireNonNull(key, "key"), "key");
        updateExpression = updateExpression == null ? Optional.empty() : updateExpression;
        conditionExpression = conditionExpression == null ? Optional.empty() : conditionExpression;
        expressionAttributeNames = Immutables.orderedMap(expressionAttributeNames, "expressionAttributeNames");
        expressionAttributeValues = Immutables.orderedMap(expressionAttributeValues, "expressionAttributeValues");
        returnValues = returnValues == null ? ReturnValue.NONE : returnValues;
        returnValuesOnConditionCheckFailure = returnValuesOnConditionCheckFailure == null
                ? ReturnValuesOnConditionCheckFailure.NONE
                : returnValuesOnConditionCheckFailure;
        returnConsumedCapacity = returnConsumedCapacity == null ? ReturnConsumedCapacity.NONE : returnConsumedCapacity;
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
                .updateExpression(updateExpression.orElse(null))
                .conditionExpression(conditionExpression.orElse(null))
                .expressionAttributeNames(expressionAttributeNames)
                .expressionAttributeValues(expressionAttributeValues)
                .returnValues(returnValues)
                .returnValuesOnConditionCheckFailure(returnValuesOnConditionCheckFailure)
                .returnConsumedCapacity(returnConsumedCapacity);
    }

    /** Builds a {@link UpdateItemRequest}; every setter documents DynamoDB's default. Not thread-safe. */
    public static final class Builder {
        private String tableName;
        private Map<String, AttributeValue> key = Map.of();
        private String updateExpression;
        private String conditionExpression;
        private Map<String, String> expressionAttributeNames = Map.of();
        private Map<String, AttributeValue> expressionAttributeValues = Map.of();
        private ReturnValue returnValues = ReturnValue.NONE;
        private ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure =
                ReturnValuesOnConditionCheckFailure.NONE;
        private ReturnConsumedCapacity returnConsumedCapacity = ReturnConsumedCapacity.NONE;

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

        /** Sets the changes (SET, REMOVE, ADD, DELETE clauses); none means only the key is written. */
        public Builder updateExpression(String updateExpression) {
            this.updateExpression = updateExpression;
            return this;
        }

        /** Sets the condition that must hold for the write to happen; none by default. */
        public Builder conditionExpression(String conditionExpression) {
            this.conditionExpression = conditionExpression;
            return this;
        }

        /** Sets substitutions for {@code #name} tokens in the expressions; empty when none. */
        public Builder expressionAttributeNames(Map<String, String> expressionAttributeNames) {
            this.expressionAttributeNames = expressionAttributeNames;
            return this;
        }

        /** Sets substitutions for {@code :value} tokens in the expressions; empty when none. */
        public Builder expressionAttributeValues(Map<String, AttributeValue> expressionAttributeValues) {
            this.expressionAttributeValues = expressionAttributeValues;
            return this;
        }

        /** Sets which item attributes to return; default {@code NONE}. */
        public Builder returnValues(ReturnValue returnValues) {
            this.returnValues = returnValues;
            return this;
        }

        /** Sets whether a failed condition returns the stored item; default {@code NONE}. */
        public Builder returnValuesOnConditionCheckFailure(
                ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure) {
            this.returnValuesOnConditionCheckFailure = returnValuesOnConditionCheckFailure;
            return this;
        }

        /** Sets whether to report consumed capacity; default {@code NONE}. */
        public Builder returnConsumedCapacity(ReturnConsumedCapacity returnConsumedCapacity) {
            this.returnConsumedCapacity = returnConsumedCapacity;
            return this;
        }

        /** The request. */
        public UpdateItemRequest build() {
            return new UpdateItemRequest(
                    tableName,
                    key,
                    Optional.ofNullable(updateExpression),
                    Optional.ofNullable(conditionExpression),
                    expressionAttributeNames,
                    expressionAttributeValues,
                    returnValues,
                    returnValuesOnConditionCheckFailure,
                    returnConsumedCapacity);
        }
    }
}
