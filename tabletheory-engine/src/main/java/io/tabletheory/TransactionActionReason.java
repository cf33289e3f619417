package io.tabletheory;

import io.tabletheory.api.request.CancellationReason;
import io.tabletheory.api.value.AttributeValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What became of one action of a cancelled {@link TableTheory#transactWrite transaction}: which action it was and
 * DynamoDB's reason for it. Read the stored item as a model instance with {@link Model#storedItem(
 * TransactionActionReason)}.
 *
 * @param index the action's position in the transaction, from 0
 * @param action {@code create}, {@code put}, {@code update}, {@code updateWithBuilder}, {@code delete} or
 *     {@code conditionCheck}
 * @param modelType the model class of the action's instance
 * @param tableName the table
 * @param key the item's primary key
 * @param code DynamoDB's code: {@code None} when this action did not cause the cancellation,
 *     {@code ConditionalCheckFailed}, {@code TransactionConflict}, {@code ValidationError}, ...
 * @param message DynamoDB's message for this action; empty for {@code None}
 * @param item the stored item when this action's condition failed and DynamoDB returned it; otherwise empty
 */
public record TransactionActionReason(
        int index,
        String action,
        Class<?> modelType,
        String tableName,
        Map<String, AttributeValue> key,
        String code,
        String message,
        Map<String, AttributeValue> item) {
    public TransactionActionReason {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(modelType, "modelType");
        Objects.requireNonNull(tableName, "tableName");
        key = Collections.unmodifiableMap(new LinkedHashMap<>(key));
        Objects.requireNonNull(code, "code");
        message = message == null ? "" : message;
        item = item == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(item));
    }

    /** Whether this action caused the cancellation (its code is not {@code None}). */
    public boolean failed() {
        return !CancellationReason.NONE.equals(code);
    }

    /** Whether this action's condition was false. */
    public boolean conditionFailed() {
        return CancellationReason.CONDITIONAL_CHECK_FAILED.equals(code);
    }
}
