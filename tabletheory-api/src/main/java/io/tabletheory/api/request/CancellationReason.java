package io.tabletheory.api.request;

import io.tabletheory.api.value.AttributeValue;
import java.util.Map;
import java.util.Objects;

/**
 * Why one action of a cancelled transaction failed, in DynamoDB's terms.
 *
 * @param code DynamoDB's code: {@code None} (this action was fine), {@code ConditionalCheckFailed},
 *     {@code TransactionConflict}, {@code ValidationError}, {@code ItemCollectionSizeLimitExceeded},
 *     {@code ProvisionedThroughputExceeded}, {@code ThrottlingError}
 * @param message DynamoDB's message for this action; empty for {@code None}
 * @param item the stored item, when the action asked for it with {@code ReturnValuesOnConditionCheckFailure} and
 *     its condition failed; otherwise empty
 */
public record CancellationReason(String code, String message, Map<String, AttributeValue> item) {
    /** The code of an action that did not cause the cancellation. */
    public static final String NONE = "None";

    /** The code of an action whose condition was false. */
    public static final String CONDITIONAL_CHECK_FAILED = "ConditionalCheckFailed";

    /** The code of an action whose item another transaction was changing at the same time. */
    public static final String TRANSACTION_CONFLICT = "TransactionConflict";

    public CancellationReason {
        Objects.requireNonNull(code, "code");
        message = message == null ? "" : message;
        item = item == null ? Map.of() : Map.copyOf(item);
    }

    /** A reason without a stored item. */
    public static CancellationReason of(String code, String message) {
        return new CancellationReason(code, message, Map.of());
    }
}
