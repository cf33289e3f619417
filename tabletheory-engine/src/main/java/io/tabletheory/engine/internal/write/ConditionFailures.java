package io.tabletheory.engine.internal.write;

import io.tabletheory.api.request.ConditionFailedException;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.mapping.ModelSchema;
import io.tabletheory.engine.internal.value.KeyText;
import java.util.Map;

/**
 * The error step of a write: rewords a backend's ConditionFailedException to name the operation, model, key and
 * table, keeping the stored item it carries.
 */
public final class ConditionFailures {
    private ConditionFailures() {}

    /**
     * The failure of {@code operation} on {@code key}, worded for the model and keeping the stored item.
     *
     * @param failed the backend's exception, kept as the cause
     */
    public static ConditionFailedException of(
            String operation, ModelSchema<?> schema, Map<String, AttributeValue> key, ConditionFailedException failed) {
        return new ConditionFailedException(
                operation + " of " + schema.modelName() + " " + KeyText.of(key) + " in table " + schema.tableName()
                        + " failed its condition: " + failed.getMessage(),
                failed.item().orElse(Map.of()),
                failed);
    }
}
