package io.tabletheory.api.request;

import io.tabletheory.api.internal.Immutables;
import io.tabletheory.api.value.AttributeValue;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One action of a TransactWriteItems: a condition check, a put, an update or a delete. Each may carry a condition;
 * if any condition fails, no action is applied. No two actions may touch the same item.
 */
public sealed interface TransactWriteItem {
    /** The table the action touches. */
    String tableName();

    /** The condition of the action; for {@link ConditionCheck} it is required. */
    Optional<String> conditionExpression();

    /** Substitutions for {@code #name} tokens in the action's expressions. */
    Map<String, String> expressionAttributeNames();

    /** Substitutions for {@code :value} tokens in the action's expressions. */
    Map<String, AttributeValue> expressionAttributeValues();

    /** Whether a failed condition reports the stored item in the cancellation reason. */
    ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure();

    /**
     * Calls the method of {@code visitor} for this kind of action and returns its result; a new kind of action then
     * fails to compile wherever actions are handled.
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * An operation on transaction actions, one method per kind, called by {@link #accept}.
     *
     * @param <R> what the operation returns
     */
    interface Visitor<R> {
        /** Handles a condition check. */
        R visitConditionCheck(ConditionCheck action);

        /** Handles a put. */
        R visitPut(Put action);

        /** Handles an update. */
        R visitUpdate(Update action);

        /** Handles a delete. */
        R visitDelete(Delete action);
    }

    /** Checks a condition on an item without changing it. */
    record ConditionCheck(
            String tableName,
            Map<String, AttributeValue> key,
            Optional<String> conditionExpression,
            Map<String, String> expressionAttributeNames,
            Map<String, AttributeValue> expressionAttributeValues,
            ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure)
            implements TransactWriteItem {
        public ConditionCheck {
            Objects.requireNonNull(tableName, "tableName");
            key = Immutables.orderedMap(key, "key");
            conditionExpression = RequestDefaults.absentIfNull(conditionExpression);
            expressionAttributeNames = Immutables.orderedMap(expressionAttributeNames, "expressionAttributeNames");
            expressionAttributeValues = Immutables.orderedMap(expressionAttributeValues, "expressionAttributeValues");
            returnValuesOnConditionCheckFailure = RequestDefaults.noneIfNull(returnValuesOnConditionCheckFailure);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitConditionCheck(this);
        }
    }

    /** Writes a whole item. */
    record Put(
            String tableName,
            Map<String, AttributeValue> item,
            Optional<String> conditionExpression,
            Map<String, String> expressionAttributeNames,
            Map<String, AttributeValue> expressionAttributeValues,
            ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure)
            implements TransactWriteItem {
        public Put {
            Objects.requireNonNull(tableName, "tableName");
            item = Immutables.orderedMap(item, "item");
            conditionExpression = RequestDefaults.absentIfNull(conditionExpression);
            expressionAttributeNames = Immutables.orderedMap(expressionAttributeNames, "expressionAttributeNames");
            expressionAttributeValues = Immutables.orderedMap(expressionAttributeValues, "expressionAttributeValues");
            returnValuesOnConditionCheckFailure = RequestDefaults.noneIfNull(returnValuesOnConditionCheckFailure);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitPut(this);
        }
    }

    /** Changes attributes of an item in place. */
    record Update(
            String tableName,
            Map<String, AttributeValue> key,
            String updateExpression,
            Optional<String> conditionExpression,
            Map<String, String> expressionAttributeNames,
            Map<String, AttributeValue> expressionAttributeValues,
            ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure)
            implements TransactWriteItem {
        public Update {
            Objects.requireNonNull(tableName, "tableName");
            key = Immutables.orderedMap(key, "key");
            Objects.requireNonNull(updateExpression, "updateExpression");
            conditionExpression = RequestDefaults.absentIfNull(conditionExpression);
            expressionAttributeNames = Immutables.orderedMap(expressionAttributeNames, "expressionAttributeNames");
            expressionAttributeValues = Immutables.orderedMap(expressionAttributeValues, "expressionAttributeValues");
            returnValuesOnConditionCheckFailure = RequestDefaults.noneIfNull(returnValuesOnConditionCheckFailure);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitUpdate(this);
        }
    }

    /** Deletes an item by key. */
    record Delete(
            String tableName,
            Map<String, AttributeValue> key,
            Optional<String> conditionExpression,
            Map<String, String> expressionAttributeNames,
            Map<String, AttributeValue> expressionAttributeValues,
            ReturnValuesOnConditionCheckFailure returnValuesOnConditionCheckFailure)
            implements TransactWriteItem {
        public Delete {
            Objects.requireNonNull(tableName, "tableName");
            key = Immutables.orderedMap(key, "key");
            conditionExpression = RequestDefaults.absentIfNull(conditionExpression);
            expressionAttributeNames = Immutables.orderedMap(expressionAttributeNames, "expressionAttributeNames");
            expressionAttributeValues = Immutables.orderedMap(expressionAttributeValues, "expressionAttributeValues");
            returnValuesOnConditionCheckFailure = RequestDefaults.noneIfNull(returnValuesOnConditionCheckFailure);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitDelete(this);
        }
    }
}
