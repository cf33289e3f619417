package io.tabletheory.engine.internal;

import io.tabletheory.api.request.ConditionFailedException;
import io.tabletheory.api.value.AttributeValue;
import io.tabletheory.engine.internal.mapping.ModelSchema;
import java.util.Map;

/** Rewords a backend's ConditionFailedException to name the operation, model, key and table, keeping the item. */
final class ConditionFailures {
    private ConditionFailures() {}

    static ConditionFailedException of(
            String operation, ModelSchema<?> schema, Map<String, AttributeValue> key, ConditionFailedException failed) {
        return new ConditionFailedException(
                operation + " of " + schema.modelName() + " " + KeyText.of(key) + " in table " + schema.tableName()
                        + " failed its condition: " + failed.getMessage(),
                failed.item().orElse(Map.of()),
                failed);
    }
}
