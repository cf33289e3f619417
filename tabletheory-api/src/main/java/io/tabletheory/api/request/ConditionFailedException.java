package io.tabletheory.api.request;

import io.tabletheory.api.error.TableTheoryException;
import io.tabletheory.api.value.AttributeValue;
import java.util.Map;
import java.util.Optional;

/**
 * A write's condition was false ({@code ConditionalCheckFailedException}): the item existed for a conditional
 * create, did not exist for a conditional update, or held another version. The write changed nothing.
 *
 * <p>When the request asked for it ({@code ReturnValuesOnConditionCheckFailure = ALL_OLD}) and the item exists,
 * {@link #item()} holds the stored item as it was when the condition was evaluated.
 */
public class ConditionFailedException extends TableTheoryException {
    private static final long serialVersionUID = 1L;

    private final transient Map<String, AttributeValue> item;

    /** A failed condition without the stored item. */
    public ConditionFailedException(String message) {
        this(message, Map.of(), null);
    }

    /** A failed condition with the stored item (empty when not requested or absent) and an optional cause. */
    public ConditionFailedException(String message, Map<String, AttributeValue> item, Throwable cause) {
        super(message, cause);
        this.item = Map.copyOf(item);
    }

    /** The stored item at the time of the check, when the request asked for it and the item exists. */
    public Optional<Map<String, AttributeValue>> item() {
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }
}
